package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * "到了到了 38个人 饭还有吗", "刚到酒店 35人 还有饭吗", "我们到了 一共41个 现在还能吃午饭吗": a question after a report
 * whether food is still there for the people just in asks the kitchen something; it changes nothing of the report,
 * so {@link ClauseFallback} keeps the report read before it and asks about the question beside it. A figure, a
 * delegation, a day or a change of a meal in the question is a report of its own, never this.
 */
final class FoodLeftAsked {
    /** Words of food or of the place it is served. */
    private static final String[] FOOD = {"饭", "吃的", "餐", "菜", "食堂"};
    /** Words asking whether it is still there, kept or open. */
    private static final String[] STILL = {"还有", "还能", "还开", "还留", "留了", "留着", "有没有", "剩"};
    /** How a question ends. */
    private static final String[] ASKED = {"吗", "嘛", "么", "没", "没有", "不", "?", "？", "呢"};
    /** Cues that make the words a change or a report of a meal, not a question about the food. */
    private static final Set<Cue> CHANGES =
            EnumSet.of(Cue.CANCEL, Cue.FEWER, Cue.ADD, Cue.CHANGE, Cue.REST, Cue.AS_PLANNED, Cue.PROBLEM);

    private final CueTable cues;
    private final MentionScanner scanner;

    FoodLeftAsked(CueTable cues, MentionScanner scanner) {
        this.cues = cues;
        this.scanner = scanner;
    }

    /** Whether {@code part}, said after a report, only asks whether food is still there. */
    boolean test(String part, LocalDate day) {
        String t = Normalizer.normalize(part).strip();
        if (t.isEmpty() || t.length() > 14 || !any(t, FOOD) || !any(t, STILL) || !asked(t)) return false;
        for (Mention m : scanner.scan(t, day)) if (!(m instanceof Mention.Meals)) return false;
        for (CueTable.Hit h : cues.scan(t)) if (CHANGES.contains(h.cue())) return false;
        return true;
    }

    private static boolean asked(String t) {
        if (t.contains("有没有")) return true;
        for (String w : ASKED) if (t.endsWith(w)) return true;
        return false;
    }

    private static boolean any(String t, String[] words) {
        for (String w : words) if (t.contains(w)) return true;
        return false;
    }
}

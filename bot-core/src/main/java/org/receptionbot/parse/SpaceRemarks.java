package org.receptionbot.parse;

import java.util.List;

/**
 * Remarks after a space that are statements of their own, whatever came before ({@link SpaceBreaks}): a meal put
 * off ("有4个去医院看病了 晚上的等他们回来再报": the figure before is not that meal's), and, after a figure, someone's
 * illness or care pointed at, said of the past ("中午47个全在 昨天住院那个也回来了").
 */
final class SpaceRemarks {
    /** Words of a time before now that may open a remark on a patient (昨天住院那个, 之前发烧的那位). */
    private static final String[] BEFORE = {"昨天", "昨晚", "前天", "之前", "前两天", "前几天", "早上", "上午", "刚才", "今早", "今天"};
    /** Words that point at a person known (住院那个, 输液那两个). */
    private static final String[] POINTED = {"那个", "那位", "那两", "那几", "那三"};

    private SpaceRemarks() {}

    /** Whether the words at {@code at} open with a meal (晚上的, 晚饭, 明天晚饭) whose report is put off before the next space. */
    static boolean deferredMeal(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int open = at;
        for (Mention m : mentions) {
            if (m.start() == open && m instanceof Mention.Day) open = m.end();
        }
        boolean meal = false;
        for (Mention m : mentions)
            meal |= m.start() == open && (m instanceof Mention.Meals || m instanceof Mention.Part);
        if (!meal) return false;
        int end = end(text, at);
        for (Mention m : mentions) if (m.start() > open && m.end() <= end && m instanceof Mention.Count) return false;
        for (CueTable.Hit h : hits) if (h.cue() == Cue.DEFER && h.start() > at && h.end() <= end) return true;
        return false;
    }

    /**
     * Whether the words at {@code at}, maybe after a time before now, open with an illness or injury, or with care
     * said of a person pointed at (住院那个).
     */
    static boolean patient(String text, int at, List<CueTable.Hit> hits) {
        int open = at;
        for (String w : BEFORE) if (text.startsWith(w, at)) open = at + w.length();
        for (CueTable.Hit h : hits) {
            if (h.start() != open) continue;
            if (h.cue() == Cue.HEALTH || h.cue() == Cue.ILL) return true;
            if (h.cue() != Cue.CARE) continue;
            String rest = text.substring(h.end(), end(text, at));
            for (String w : POINTED) if (rest.startsWith(w) || rest.startsWith("的" + w)) return true;
        }
        return false;
    }

    /** The end of the words that start at {@code at}: the next space or separator. */
    private static int end(String text, int at) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        return end;
    }
}

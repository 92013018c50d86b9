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
        // 在医院输液的2个回来了, 去医院看病的那个: where the care is, or going to it, before the care.
        boolean place = open < text.length() && (text.charAt(open) == '在' || text.charAt(open) == '去');
        for (CueTable.Hit h : hits) {
            if (h.start() != open && !(place && h.start() == open + 1)) continue;
            if (h.cue() == Cue.HEALTH || h.cue() == Cue.ILL) return true;
            if (h.cue() != Cue.CARE) continue;
            String rest = text.substring(h.end(), end(text, at));
            for (String w : POINTED) if (rest.startsWith(w) || rest.startsWith("的" + w)) return true;
            if (namedByCare(rest)) return true;
        }
        return false;
    }

    /** What may open a figure of people or a person pointed at, after 的 (输液的2个, 住院的那个). */
    private static final String PEOPLE = "0123456789一二两三四五六七八九十几那";
    /** How far the 的 that names people by their care may stand after the care word (医院|输液的). */
    private static final int OF_WITHIN = 4;

    /** "(医院)输液的2个", "(住院)的那个": people named by the care they had, with 的 and their figure or 那. */
    private static boolean namedByCare(String rest) {
        int of = rest.indexOf('的');
        return of >= 0 && of <= OF_WITHIN && of + 1 < rest.length() && PEOPLE.indexOf(rest.charAt(of + 1)) >= 0;
    }

    /** The end of the words that start at {@code at}: the next space or separator. */
    private static int end(String text, int at) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        return end;
    }
}

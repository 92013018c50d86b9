package org.receptionbot.parse;

/**
 * "宵夜14份 留饭的取消", "取消留饭 改成宵夜", "留的饭不要了": a cancelling word whose object is the food asked to be kept
 * for latecomers takes back that request, not the meal: the clause is read without it ({@link MealRules}).
 */
final class KeptFoodCancelled {
    /** The kept food named before the cancelling word (留饭的取消, 留的饭不要了). */
    private static final String[] BEFORE = {"留饭", "留的饭", "留的", "留的那些饭", "留的那几份"};
    /** The kept food named right after it (取消留饭). */
    private static final String[] AFTER = {"留饭", "留的饭"};
    /** What may stand between the kept food and the cancelling word. */
    private static final String FILLER = "的就也都先 ";

    private KeptFoodCancelled() {}

    /** {@code c} without the cancelling words said of kept food; {@code c} itself when it holds none. */
    static Clause without(Clause c) {
        if (c.at(Cue.CANCEL) < 0 || !c.holds("留")) return c;
        Clause out = c;
        for (CueTable.Hit h : c.cues.hits) {
            if (h.cue() != Cue.CANCEL || h.start() < c.start || h.end() > c.end) continue;
            if (keptBefore(c, h.start()) || keptAfter(c, h.end()))
                out = out.withoutCues(Cue.CANCEL, h.start(), h.end());
        }
        return out;
    }

    private static boolean keptBefore(Clause c, int at) {
        int i = at;
        while (i > c.start && FILLER.indexOf(c.text.charAt(i - 1)) >= 0) i--;
        String before = c.text.substring(c.start, i);
        for (String w : BEFORE) if (before.endsWith(w)) return true;
        return false;
    }

    private static boolean keptAfter(Clause c, int at) {
        for (String w : AFTER) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }
}

package org.receptionbot.parse;

/**
 * "湖北中午60 吃完饭有8个人先走", "重庆 午饭44 吃完直接走 1点的G3377": a meal with its figure, then 吃完 and people
 * leaving. The meal's figure is the meal's, and what follows 吃完 is the movement, with its own figure.
 */
final class MealThenLeaving {
    private MealThenLeaving() {}

    /** Where the movement after the meal's figure begins (at 吃完), or -1. */
    static int split(Clause c) {
        int leaving = c.at(Cue.DEPART);
        if (leaving < 0) return -1;
        Mention before = null;
        for (Mention m : c.mentions) {
            if (m.start() < c.start || m.end() > c.end) continue;
            if (m instanceof Mention.Count n && before != null && nextTo(c, before.end(), n.start())) {
                int at = afterFigure(c, n.end());
                if (at > c.start
                        && at < leaving
                        && c.text.startsWith("吃完", at)
                        && !movementBefore(c, at)
                        && ownDetails(c, at)) return at;
            }
            before = m instanceof Mention.Part || m instanceof Mention.Meals ? m : null;
        }
        return -1;
    }

    /**
     * "吃完饭有8个人先走", "吃完直接走 1点的G3377": people, a time or a train said after {@code from}; "吃完就走" alone
     * is the same people leaving, "吃完回去收拾行李" no movement.
     */
    static boolean ownDetails(Clause c, int from) {
        for (Mention m : c.mentions)
            if (m.start() >= from
                    && m.end() <= c.end
                    && (m instanceof Mention.Count n && n.unit()
                            || m instanceof Mention.Clock
                            || m instanceof Mention.Transport)) return true;
        return false;
    }

    /** 明天下午2点的G3422 39人 明天中饭39人 吃完就走: a train or a time before the meal waits for the verb after it. */
    private static boolean movementBefore(Clause c, int at) {
        for (Mention m : c.mentions)
            if (m.start() >= c.start && m.end() <= at && (m instanceof Mention.Transport || m instanceof Mention.Clock))
                return true;
        return false;
    }

    private static final String[] EATING = {"吃饭", "用餐", "就餐", "吃"};
    /** Who eats, said after a meal's figure (中午47全团吃, 中午40个全吃). */
    private static final String[] EATERS = {"全团", "全部", "都", "全"};

    /**
     * Where the words after a meal's figure go on past spaces, who eats and the eating said with the figure ("中午四位吃饭
     * 吃完下午1点半走", "中午36人吃 吃完走", "中午47全团吃 吃完一点半走"): at 吃完 when it follows.
     */
    static int afterFigure(Clause c, int from) {
        int at = skipSpaces(c, from);
        for (String w : EATERS)
            if (c.text.startsWith(w, at)) {
                at += w.length();
                break;
            }
        for (String w : EATING)
            if (c.text.startsWith(w, at) && !c.text.startsWith("吃完", at)) {
                at = skipSpaces(c, at + w.length());
                break;
            }
        return c.text.startsWith("吃完", at) ? at : skipSpaces(c, from);
    }

    private static int skipSpaces(Clause c, int at) {
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        return at;
    }

    /** Only spaces, or a word of the whole group (中午全团60), between {@code from} and {@code to}. */
    private static boolean nextTo(Clause c, int from, int to) {
        while (from < to && c.text.charAt(from) == ' ') from++;
        for (String w : WHOLE)
            if (c.text.startsWith(w, from)) {
                from += w.length();
                break;
            }
        while (from < to && c.text.charAt(from) == ' ') from++;
        return from == to;
    }

    private static final String[] WHOLE = {"全团", "全队", "全体", "全员", "全部"};
}

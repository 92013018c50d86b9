package org.receptionbot.parse;

/**
 * "2. 天津 全团", "重庆 全部都吃": a list line (接龙) whose figure is the whole delegation: its meal's figure
 * is the delegation's size by the event file.
 */
final class WholeLine {
    private static final String[] WHOLE = {"全团", "全部", "都吃", "全部都吃", "全团都吃", "全吃", "全体", "全员", "全到", "都来", "全来"};
    /** List numbering and marks around a line's words. */
    private static final String MARKS = "0123456789.、．)）:：，, 吧的";

    private WholeLine() {}

    static boolean test(Clause c) {
        if (c.teams().size() != 1 || c.question) return false;
        StringBuilder rest = new StringBuilder(8);
        int i = c.start;
        for (Mention m : c.mentions) {
            if (!(m instanceof Mention.Team) && !(m instanceof Mention.Count)) return false;
            if (m instanceof Mention.Count
                    && m.end() > c.all(Mention.Team.class).get(0).start()) return false;
            keep(c, i, m.start(), rest);
            i = Math.max(i, m.end());
        }
        keep(c, i, c.end, rest);
        String said = rest.toString();
        for (String w : WHOLE) if (w.equals(said)) return true;
        return false;
    }

    /** The words that stand for the whole delegation as a meal's figure. */
    private static final String[] WHOLE_FIGURE = {"全团", "全员", "全体", "全队", "整团", "全团人员"};

    /**
     * "青海中午 全团", "明早早餐全团", "午饭全员": the clause says a meal (or none, after one awaiting its figure) and
     * the whole delegation as its figure, nothing else: the meal as planned.
     */
    static boolean asFigure(Clause c) {
        if (c.question || c.span().indexOf('全') < 0 && c.span().indexOf('整') < 0) return false;
        StringBuilder rest = new StringBuilder(8);
        int i = c.start;
        for (Mention m : c.mentions) {
            boolean named = m instanceof Mention.Team
                    || m instanceof Mention.Meals
                    || m instanceof Mention.Part
                    || m instanceof Mention.Day;
            if (!named) return false;
            keep(c, i, m.start(), rest);
            i = Math.max(i, m.end());
        }
        keep(c, i, c.end, rest);
        String said = rest.toString();
        // 中午全团 晚上也是: the next meal said the same, within the clause.
        for (String same : SAME) if (said.endsWith(same)) said = said.substring(0, said.length() - same.length());
        for (String w : WHOLE_FIGURE) if (w.equals(said)) return true;
        return false;
    }

    private static final String[] SAME = {"也是", "也一样", "一样", "同上", "也都是", "也全团", "也是全团"};

    private static void keep(Clause c, int from, int to, StringBuilder rest) {
        for (int j = from; j < to; j++) if (MARKS.indexOf(c.text.charAt(j)) < 0) rest.append(c.text.charAt(j));
    }
}

package org.receptionbot.parse;

/**
 * "3号车已经上了两个湖南的", "7号车上来了两位贵州的老师": a figure of one delegation's people gone aboard,
 * with no word of the whole bus (实到, 一共, 齐), is part of the bus, not its head count.
 */
final class PartlyAboard {
    /** Words that make the figure the whole bus's all the same. */
    private static final String[] WHOLE = {"实到", "一共", "共", "总共", "齐", "全部", "都上", "清点", "点名"};

    private PartlyAboard() {}

    /** Whether a figure in {@code c} is followed by a unit word, then a delegation and 的. */
    static boolean onlySome(Clause c) {
        if (c.teams().isEmpty()) return false;
        String said = c.text.substring(c.start, c.end);
        for (String w : WHOLE) if (said.contains(w)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int after = n.end();
            while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
            for (Mention.Team t : c.all(Mention.Team.class))
                if (t.start() == after && t.end() < c.end && c.text.charAt(t.end()) == '的') return true;
        }
        return false;
    }
}

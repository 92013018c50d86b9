package org.receptionbot.parse;

/**
 * "刚才数错了 是34 上厕所的回来了", "不对 刚才把司机也算进去了 29": a liaison riding a bus, saying their count
 * was wrong and giving one figure (a remark on why beside it, naming no one and nothing else), counts
 * their bus again.
 */
final class BusLiaisonRecount {
    /** Words that say a count was wrong. */
    private static final String[] WRONG = {
        "不对", "更正", "数错", "点错", "算错", "报错", "搞错", "错了", "算进去", "算上了", "多算", "少算", "漏算", "没算", "数漏", "漏数", "少数了", "数少了",
        "数多了", "点少了", "点多了", "少点了", "多点了", "算少了", "算多了"
    };

    private static final String AFTER = " ,，。了啊哈吧呢嗯人个位名";

    private BusLiaisonRecount() {}

    /** The figure counted again, or null. */
    static Integer figure(Clause c) {
        if (c.question) return null;
        // 是39个 宁夏那个本来就没上车: the delegations of the reason after a pause are who it is about
        int reason = RecountReasons.plain(c) ? RecountReasons.start(c) : -1;
        Mention.Count figure = null;
        boolean more = false;
        for (Mention m : c.mentions) {
            if (reason >= 0 && m.start() >= reason) continue;
            if (!(m instanceof Mention.Count n)) return null;
            if (figure == null) figure = n;
            else more = true;
        }
        if (figure == null || !wrongBefore(c, figure.start())) return null;
        int i = figure.end();
        while (i < c.end && AFTER.indexOf(c.text.charAt(i)) >= 0) i++;
        // 是34 上厕所的回来了, 是20 有两个坐在最后一排睡着了: a remark after a pause says why, whatever people it
        // names.
        int unit = figure.end();
        while (unit < c.end && "人个位名".indexOf(c.text.charAt(unit)) >= 0) unit++;
        boolean paused = i > unit && unit < c.end && " ,，。".indexOf(c.text.charAt(unit)) >= 0;
        return i == c.end && !more || paused ? figure.value() : null;
    }

    private static boolean wrongBefore(Clause c, int to) {
        // 更正 | 实到37人: the words that the count was wrong may open the message as a clause of their own
        int marker = RecountReasons.marker(c);
        if (marker >= 0 && marker <= to) return true;
        String before = c.text.substring(c.start, to);
        for (String w : WRONG) if (before.contains(w)) return true;
        return false;
    }
}

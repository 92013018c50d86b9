package org.receptionbot.parse;

import java.util.List;

/**
 * A bus liaison's recount that says the bus's total beside a smaller figure of the people the remark is about: "那2个赶上了
 * 上车了 现在33人", "重新点了一下 31人 刚才漏点了一个", "有2个跑去5号车了 我这边是31", "点完了 31人 有2个人还没上车",
 * "刚从7号车过来一位 现在39", "48人实到 两个留守看东西". The total is
 * the figure said with a word of the total (现在, 是, 实到, 点完了, 我这边, 一共); the people of the remark (那2个, 漏点了一个,
 * 有2个跑去…) are never the count. When two figures could each be the count and nothing tells them apart, the count is
 * asked.
 */
final class RecountTotal {
    /** Words right before a figure that say it is the bus's total now. */
    private static final String[] TOTAL_BEFORE = {
        "现在是", "现在", "目前是", "目前", "我这边是", "我这边", "这边是", "一共是", "一共", "总共", "共", "实到", "点完了", "点完", "点了一下", "数了一下",
        "点了一遍", "数了一遍", "是"
    };
    /** Words right before a figure of the people the remark is about. */
    private static final String[] REMARK_BEFORE = {
        "那", "有", "漏点了", "漏数了", "漏了", "漏点", "漏", "还有", "其中", "过来了", "过来", "上来了", "上来", "下去了", "下去"
    };
    /** What the people of a remark do, right after their figure and its unit word. */
    private static final String[] REMARK_AFTER = {
        "赶上", "跑", "去了", "去", "还没", "没上", "没来", "坐", "在", "换到", "上了", "上车了", "也上", "留守", "留在", "留下"
    };
    /** Largest figure read as the people a remark is about. */
    private static final int FEW = 5;

    /** What the clause says of the bus's figure: the total, or null when two figures could each be it. */
    record Said(Integer total) {}

    private RecountTotal() {}

    /**
     * The total of a recount with a remark figure after {@code from}; null when the clause is no such recount (no
     * remark figure, or no other figure): then the figure is read as it always was.
     */
    static Said read(Clause c, int from) {
        List<Mention.Count> counts = c.all(Mention.Count.class).stream()
                .filter(n -> n.start() >= from)
                .toList();
        if (counts.size() != 2) return null;
        Mention.Count remark = null;
        Mention.Count other = null;
        for (Mention.Count n : counts) {
            if (remark == null && remark(c, n)) remark = n;
            else other = n;
        }
        if (remark == null || other == null || takenBack(c, other)) return null;
        // 那3个赶上了 现在3个: a total no larger than the people of the remark cannot be told apart; it is asked.
        if (other.value() <= remark.value()) return totalSaid(c, other) ? new Said(null) : null;
        return totalSaid(c, other) ? new Said(other.value()) : null;
    }

    /** Words after a figure that take it back or put the count off ("实到39人 不对 刚又上来俩 我再数数"). */
    private static final String[] TAKEN_BACK = {"不对", "再数", "再点", "重新数", "重新点", "数一遍", "点一遍"};

    /** Whether the figure is taken back or the count put off after it: then it is no total to keep. */
    private static boolean takenBack(Clause c, Mention.Count n) {
        String after = c.text.substring(n.end(), c.end);
        for (String w : TAKEN_BACK) if (after.contains(w)) return true;
        return false;
    }

    /** The figure is of people a remark is about: small, said after 那/有/漏…, or followed by what they do. */
    static boolean remark(Clause c, Mention.Count n) {
        if (n.value() > FEW || totalSaid(c, n)) return false;
        if (endsWithAny(c, n.start(), REMARK_BEFORE)) return true;
        int after = n.end();
        while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
        while (after < c.end && c.text.charAt(after) == ' ') after++;
        for (String w : REMARK_AFTER) if (c.text.startsWith(w, after) && after + w.length() <= c.end) return true;
        return false;
    }

    private static boolean totalSaid(Clause c, Mention.Count n) {
        if (endsWithAny(c, n.start(), TOTAL_BEFORE)) return true;
        // 贵州48人实到: the word of the total said after the figure and its unit.
        int after = n.end();
        while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
        if (c.text.startsWith("实到", after)) return true;
        // 重新点了一下 31人: a figure with 人 said after a count again.
        return n.end() < c.end && c.text.charAt(n.end()) == '人' && n.value() > FEW;
    }

    /** Words right before a bus that people of a remark went to ("跑去5号车", "换到8号车"). */
    private static final String[] GONE_TO = {"跑去", "跑到", "去了", "去", "换到", "换去", "坐到", "上了"};

    /** The vehicles of the clause but those people went to. */
    static List<Mention.Vehicle> notGoneTo(Clause c, List<Mention.Vehicle> vehicles) {
        return vehicles.stream()
                .filter(v -> !endsWithAny(c, v.start(), GONE_TO))
                .toList();
    }

    /** "点完了 31人 有2个人还没上车": a recount's total beside people not aboard yet (not things lost, nor the ill). */
    static boolean notAboardYet(Clause c) {
        String span = c.span();
        return read(c, c.start) != null && (span.contains("没上车") || span.contains("没来") || span.contains("没到"));
    }

    private static boolean endsWithAny(Clause c, int at, String[] words) {
        int i = at;
        while (i > c.start && " ，,".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        for (String w : words) if (i - w.length() >= c.start && c.text.startsWith(w, i - w.length())) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * The figure counted on one bus when the sender says more than one figure about it: a count corrected or
 * taken again ("实到42 嗯不对 … 43", "重新数了一遍 四十三 齐了", "我再数一遍啊 三十七") is the last figure said
 * after the correction; without one, the first figure said. Either way figures that are remarks on the
 * count are passed over: people missing, late or gone off ("差的两个刚打电话", "还有三个在党校里面",
 * "有一个下去上厕所了", "漏了一个"), people who joined ("又上来2个") and the figure expected ("应到四十三").
 */
final class BusRecounts {
    /** Words that correct a figure said or say the bus was counted again. */
    private static final String[] CORRECTS = {"不对", "错了", "数错", "点错", "搞错", "说错", "报错", "不准"};
    /** Words that say the bus is counted again (the figure after them is the count). */
    private static final String[] AGAIN = {
        "重新", "再数", "再点", "又数", "又点", "重数", "重点了", "复核", "再清点", "又清点", "再对", "又对", "再核对"
    };
    /** Words right before a figure of people who are not (yet) counted on the bus. */
    private static final String[] REMARK_BEFORE = {
        "差的",
        "差",
        "少的",
        "缺的",
        "缺",
        "还有",
        "有",
        "漏了",
        "漏",
        "少了",
        "少",
        "多了",
        "多数了",
        "下去了",
        "其中",
        "上来",
        "回来",
        "来了",
        "上车",
        // 重新点了 实到29人 多的一个是湖南的: who the extra ones are, not the count.
        "多的",
        "多出来的",
        "多出来",
        "多出的",
        "多出",
        // 刚才把两个工作人员也算进去了, 刚才多算了两个司机: people counted wrongly before.
        "把",
        "多算了",
        "多算",
        "多点了"
    };
    /** Words right before the figure expected on the bus. */
    private static final String[] EXPECTED_BEFORE = {"应到", "应该到", "应有", "应坐", "计划", "名单上"};
    /** What a small figure of people doing something else is followed by ("两个刚打电话", "一个坐最后一排"). */
    private static final String DOING = "在说下去没睡坐刚要上回拿买自打还跑先晚迟去";
    /** Largest figure read as people doing something else by what follows it. */
    private static final int FEW = 5;

    private BusRecounts() {}

    /** Whether the clause says, after {@code v}, that the bus is counted again. */
    static boolean countedAgain(Clause c, Mention.Vehicle v) {
        return lastWord(c, v.end(), AGAIN) >= 0;
    }

    /** "1号车 我再数一遍啊 三十七 刚才漏了一个": a bus counted again, with the figure after it (a past word beside it is no past). */
    static boolean recounted(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        return !vehicles.isEmpty() && countedAgain(c, vehicles.get(0)) && figure(c, vehicles.get(0)) != null;
    }

    /**
     * The figure counted on {@code v} when the clause says a correction, a count again or a remark figure
     * about it; null when it says none of them, or no figure stands where the count should.
     */
    static Integer figure(Clause c, Mention.Vehicle v) {
        int until = c.end;
        for (Mention.Vehicle other : c.all(Mention.Vehicle.class))
            if (other.start() > v.end() && !other.id().equals(v.id())) {
                until = other.start();
                break;
            }
        List<Mention.Count> counts = c.all(Mention.Count.class);
        int marker = Math.max(lastWord(c, v.end(), CORRECTS), lastWord(c, v.end(), AGAIN));
        if (marker >= until) return null;
        Mention.Count chosen = null;
        boolean remarks = false;
        for (Mention.Count n : counts) {
            if (n.start() < v.end() || n.start() >= until) continue;
            if (remark(c, n) || expected(c, n)) {
                remarks = true;
                continue;
            }
            if (marker >= 0 ? n.start() >= marker : chosen == null) chosen = n;
        }
        if (chosen == null || marker < 0 && !remarks) return null;
        return chosen.value();
    }

    private static boolean remark(Clause c, Mention.Count n) {
        if (HeadcountTalk.joined(c, n)) return true;
        if (n.value() > FEW) return false;
        if (endsWithAny(c, n.start(), REMARK_BEFORE)) return true;
        int after = n.end();
        while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
        return after < c.end && after > n.end() && DOING.indexOf(c.text.charAt(after)) >= 0;
    }

    /** "1号车应到33人": every figure said after the bus is the one expected on it, so none is counted. */
    static boolean onlyExpected(Clause c, Mention.Vehicle v) {
        boolean any = false;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < v.end()) continue;
            if (!expected(c, n)) return false;
            any = true;
        }
        return any;
    }

    /** The figure is the one expected on the bus, right after 应到 or 名单上. */
    static boolean expected(Clause c, Mention.Count n) {
        return endsWithAny(c, n.start(), EXPECTED_BEFORE);
    }

    private static boolean endsWithAny(Clause c, int at, String[] words) {
        int i = at;
        while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
        for (String w : words) if (i - w.length() >= c.start && c.text.startsWith(w, i - w.length())) return true;
        return false;
    }

    /** Where the last of {@code words} said after {@code from} in the clause ends; -1 when none is. */
    private static int lastWord(Clause c, int from, String[] words) {
        int last = -1;
        for (String w : words) {
            int at = c.text.lastIndexOf(w, c.end - w.length());
            if (at >= from) last = Math.max(last, at + w.length());
        }
        return last;
    }

    /** The clause's one figure is the one expected (应到33人), with no counting word beside it. */
    static boolean onlyExpected(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || !expected(c, counts.get(0))) return false;
        String s = c.span();
        return !s.contains("实到") && !s.contains("清点") && !s.contains("点名") && !s.contains("上车");
    }
}

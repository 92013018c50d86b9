package org.receptionbot.parse;

/**
 * "第一批加第二批一共30人吃晚饭", "我们加司机总共32个": groups joined by 加 and summed up (一共, 总共, 共, 合计) before
 * the clause's one figure. The 加 joins the groups said, no people added to the meal: the figure is the total, the
 * meal's count. A 加 that is a verb (增加司机和志愿者共4人, 再加两个 一共4个, 加了2个) stays an addition.
 */
final class GroupsSummed {
    /** The ends of the group said right before the joining 加: a batch, a group, us. */
    private static final String GROUP_ENDS = "批拨波组们";

    private static final String[] TOTAL = {"一共", "总共", "共计", "合计", "总计", "共"};

    private GroupsSummed() {}

    /** Whether the clause joins groups with 加 and then says their total before its figure. */
    static boolean joined(Clause c) {
        String words = c.span();
        int at = words.indexOf('加');
        while (at > 0) {
            boolean afterGroup = GROUP_ENDS.indexOf(words.charAt(at - 1)) >= 0;
            boolean verb = at + 1 < words.length() && "了过".indexOf(words.charAt(at + 1)) >= 0;
            if (afterGroup && !verb && totalAfter(c, c.start + at + 1)) return true;
            at = words.indexOf('加', at + 1);
        }
        return false;
    }

    /** A total word after {@code from} with no figure between them. */
    private static boolean totalAfter(Clause c, int from) {
        int total = -1;
        for (String w : TOTAL) {
            int i = c.text.indexOf(w, from);
            if (i >= 0 && i < c.end && (total < 0 || i < total)) total = i;
        }
        if (total < 0) return false;
        for (Mention.Count n : c.current(Mention.Count.class)) if (n.start() >= from && n.start() < total) return false;
        return true;
    }
}

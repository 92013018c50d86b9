package org.receptionbot.parse;

/**
 * The words of {@link TicketSwap} and {@link GivenUpTicket}: a train or flight swapped for another, called off, or
 * given up.
 */
final class TicketWords {
    /** Words between the old and the new train or flight. */
    static final String[] TO = {"变成", "变为", "换成", "换为", "改成", "改为", "改签", "变更为", "更改为", "调整为", "→", "➡", "->"};
    /** The old one said not to run or not to be had, right after it ("D3276停运了", "G1234取消了"). */
    static final String[] CANCELLED = {"停运", "取消", "停开", "不开", "没票", "买不到", "抢不到", "延误", "晚点"};
    /** Taking another after the old one was called off: the change words, or 改坐/改乘. */
    static final String[] TO_AFTER_CANCEL = {"改成", "改为", "换成", "换为", "改坐", "改乘", "改签", "改到", "换到"};
    /** Words right before the ticket that give it up: 不坐K1158. */
    static final String[] GIVEN_UP_BEFORE = {"不坐", "不乘", "不搭", "不再坐", "不赶", "退掉", "退了"};
    /** Words right after the ticket (its 的票 or 车次 between) that give it up: K1158不坐了, G1234的票退了. */
    static final String[] GIVEN_UP_AFTER = {"不坐", "不乘", "不搭", "退了", "退掉", "退票", "不要了", "不赶了"};
    /** What may stand between the ticket and the words after it that give it up. */
    static final String[] GIVEN_UP_BETWEEN = {"的票", "的车票", "的机票", "的车", "这趟", "那趟", "就", "也", "我们", "了"};

    private TicketWords() {}
}

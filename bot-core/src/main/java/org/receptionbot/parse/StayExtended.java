package org.receptionbot.parse;

/**
 * A longer stay asked as a question without 能不能 (房间能续吗, 今晚要住一晚 房间能续住吗, 再多住一晚可以吗): a request to
 * the lodging, a ROOM issue. The question must ask it (吗, 能续, 可以续, a request word); a longer stay
 * not wanted (房间不用续了吧？) asks nothing.
 */
final class StayExtended {
    /** The stay made longer. */
    private static final String[] LONGER = {"续住", "续房", "续一晚", "续一天", "续两晚", "续两天", "能续", "可以续", "延住", "多住一", "再住一"};
    /** Asked for: a yes-no question or a request form. */
    private static final String[] ASKED = {"吗", "能续", "可以续", "行不行", "可不可以"};
    /** No longer stay wanted. */
    private static final String[] NOT = {"不续", "不用续", "不需要续", "不多住", "不住了", "续好了", "已续"};

    private StayExtended() {}

    /** Whether the clause asks for a longer stay. */
    static boolean asked(Clause c) {
        if (!c.question || !c.holdsAny(LONGER) || c.holdsAny(NOT) || c.has(Cue.RESOLVED)) return false;
        return c.holdsAny(ASKED) || c.has(Cue.REQUEST);
    }
}

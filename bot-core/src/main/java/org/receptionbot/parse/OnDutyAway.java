package org.receptionbot.parse;

/**
 * "有3个要去机场勤务", "两个人去车站执勤", "4个去高铁站接站": people leaving for a place to work there (a duty word
 * right after the place they go to) are on duty for the event, not leaving it; the clause records no departure.
 * A train or flight of their own ("去机场勤务 坐CA1234回") is a trip away, left to the departure rules; seeing people
 * off (送站, 送机) is said of the delegation leaving, no duty of this kind.
 */
final class OnDutyAway {
    /** Words of work done at the place gone to. */
    private static final String[] DUTY = {"勤务", "执勤", "值勤", "值班", "站岗", "安保", "保障", "接站", "接机", "接人", "帮忙"};

    private OnDutyAway() {}

    /** Whether the leaving of {@code c} is to a place for a duty there. */
    static boolean said(Clause c) {
        int verb = c.endOf(Cue.DEPART);
        if (verb < 0 || verb > c.end || !c.all(Mention.Transport.class).isEmpty()) return false;
        String after = c.text.substring(verb, c.end);
        for (String w : DUTY) if (after.contains(w)) return true;
        return false;
    }
}

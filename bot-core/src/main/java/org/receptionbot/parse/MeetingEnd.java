package org.receptionbot.parse;

/**
 * "开完会就走", "会后就走", "散会就走": the end of the meeting named as the moment people leave. It is the plan of the day
 * (the hour, which the event file does not give, stays unsaid), not an instruction to leave once something is done
 * ("下来就走", "上车就走").
 */
final class MeetingEnd {
    /** Words for the meeting's end, said right before 就 (or 直接). */
    private static final String[] ENDS = {"开完会", "会开完", "会议结束", "会结束", "会一开完", "散会", "散会后", "会后", "闭完幕", "闭幕后"};

    private MeetingEnd() {}

    /** Whether the clause says the meeting's end right before {@code at} (the 就 of 就走). */
    static boolean before(Clause c, int at) {
        for (String w : ENDS) {
            int from = at - w.length();
            if (from >= c.start && c.text.startsWith(w, from)) return true;
        }
        return false;
    }
}

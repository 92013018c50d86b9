package org.receptionbot.parse;

import java.util.List;

/**
 * A delegation with its figure, then the bus they leave on with its time ("发改委3位 12号车 9点出发去机场", "兵团5人 坐8号车
 * 10点走"): one statement, the people's departure, not a bus's errand apart from them.
 */
final class LeavingBus {
    /** Words of the people leaving on the bus, said after its time. */
    private static final String[] LEAVING = {"出发", "走", "去机场", "去车站", "去高铁站", "去火车站", "送站", "送机"};

    /** Where the bus's stretch ends at the latest: punctuation or a line break, not a space. */
    private static final String STOPS = ",，。;；!！?？\n";

    private LeavingBus() {}

    /**
     * Whether the space at {@code at} falls between a delegation's figure (nothing else from {@code from}) and a
     * vehicle (after 坐 or 乘 at most) whose stretch up to the next punctuation holds a clock time and a leaving word.
     */
    static boolean next(String text, int from, int at, List<Mention> mentions) {
        boolean team = false;
        boolean figure = false;
        Mention.Vehicle bus = null;
        boolean clock = false;
        int end = at + 1;
        while (end < text.length() && STOPS.indexOf(text.charAt(end)) < 0) end++;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Team) team = true;
                else if (m instanceof Mention.Count) figure = true;
                else return false;
            } else if (m.start() > at && m.start() < end) {
                if (m instanceof Mention.Team) break;
                if (bus == null && m instanceof Mention.Vehicle v) bus = v;
                clock |= bus != null && m instanceof Mention.Clock;
            }
        }
        if (!team || !figure || bus == null || !clock) return false;
        String lead = text.substring(at + 1, bus.start());
        if (!lead.isEmpty() && !lead.equals("坐") && !lead.equals("乘")) return false;
        String after = text.substring(bus.end(), end);
        for (String w : LEAVING) if (after.contains(w)) return true;
        return false;
    }
}

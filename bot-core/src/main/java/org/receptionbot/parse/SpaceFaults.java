package org.receptionbot.parse;

import java.util.List;

/**
 * A fault of things (a room's air conditioning, a bus that will not start) said after a space before anything a report
 * holds: after a meal's figure it is another matter ({@link SpaceBreaks}).
 */
final class SpaceFaults {
    private SpaceFaults() {}

    /** Problems of things, not of people or their meals, that a report's figure never explains. */
    private static final CueGroups.Group FAULTS = CueGroups.PROBLEM_SAID.without(Cue.HEALTH, Cue.MEAL_PROBLEM);

    /**
     * Whether a fault ({@link #FAULTS}) is said after the space at {@code at} on its line before any meal, part of the
     * day, figure or delegation: "哈 那个 房间的空调坏了", not "有2个…" nor "晚饭也…".
     */
    static boolean ahead(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        int fault = -1;
        int room = -1;
        boolean wrong = false;
        for (CueTable.Hit h : hits) {
            if (h.start() <= at || h.end() > end) continue;
            if (FAULTS.cues().contains(h.cue()) && (fault < 0 || h.start() < fault)) fault = h.start();
            // 我们的大巴车…打不着火, 我们的车到现在还没来接: a bus with the general problem word is a fault as a room is.
            if ((h.cue() == Cue.ROOM_ITSELF || h.cue() == Cue.TOPIC_VEHICLE) && room < 0) room = h.start();
            // 车已经在等了: waiting said of the bus itself is no fault of it.
            wrong |= h.cue() == Cue.PROBLEM && text.charAt(h.start()) != '等';
        }
        // 房间热水没有了: a room's fitting with the general problem word is a fault too.
        if (room >= 0 && wrong && (fault < 0 || room < fault)) fault = room;
        if (fault < 0) return false;
        // 302房间: a number that counts no one is no figure. 大巴车今天早上打不着火: the time the fault began is no meal's.
        for (Mention m : mentions)
            if (m.start() > at
                    && m.start() < fault
                    && !(m instanceof Mention.Part && !StatementSpans.figureBetween(m.end(), fault, mentions))
                    && (SubjectsAt.names(m) || m instanceof Mention.Count n && n.unit())) return false;
        return true;
    }
}

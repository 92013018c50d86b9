package org.receptionbot.parse;

import java.util.List;

/**
 * "8号楼前台：湖北厅812房间热水器不出热水，维修师傅已经在路上了", "清江大酒店：北京团有三间房空调不制热 工程部已经过去了":
 * the lodging, speaking under its own name and a colon, reports a fault of a delegation's or a numbered room before
 * saying whom it sent: the fault is still an ISSUE to follow, the dispatch no answer that closes it. A fault of the
 * whole house (热水系统压力不够，正在处理), a cause guessed after the dispatch (618已经派人去了 应该是热水阀被关了) or a
 * fault already fixed (工程部已经处理好了) is no such report.
 */
final class LodgingFaults {
    private LodgingFaults() {}

    /** Whether the message is such a report: a room's fault said, then, in a clause of its own, whom the lodging sent. */
    static boolean reported(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || !LodgingReplies.speaks(reading.original())) return false;
        boolean fault = false;
        for (Clause c : clauses) {
            // 我们已经安排换到四楼: the lodging that moved the guests has settled the fault itself.
            if (c.has(Cue.RESOLVED)) return fault && c.holdsAny(SENT);
            fault |= (c.has(Cue.BROKEN) || c.has(Cue.PROBLEM))
                    && (c.has(Cue.ROOM_ITSELF) || c.has(Cue.TOPIC_ROOM))
                    && (!c.teams().isEmpty() || roomNumber(c.span()));
        }
        return false;
    }

    /** Whom the lodging sends to a fault. */
    private static final String[] SENT = {"工程部", "维修", "师傅", "保洁", "客房部", "电工"};

    /** A room number of three or four digits (812, 1310). */
    private static boolean roomNumber(String words) {
        int run = 0;
        for (int i = 0; i < words.length(); i++) {
            run = Character.isDigit(words.charAt(i)) ? run + 1 : 0;
            if (run >= 3 && (i + 1 >= words.length() || !Character.isDigit(words.charAt(i + 1))) && run <= 4)
                return true;
        }
        return false;
    }
}

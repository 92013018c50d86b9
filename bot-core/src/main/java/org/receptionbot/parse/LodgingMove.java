package org.receptionbot.parse;

/**
 * "有五个人要从云上民宿换到清江大酒店", "海南五个人搬去清江的事": people moving from one lodging to another is a room change,
 * no arrival; asked for or waited on, it is an ISSUE {@code ROOM}. Moving to a bus or a day (换到3号车, 改到明天) is not,
 * nor people named by their move (搬到清江的五个明早在哪吃).
 */
final class LodgingMove {
    private static final String[] MOVES = {"换到", "换去", "搬到", "搬去", "调到", "转到", "住到", "挪到"};
    /** Lodgings named by their kind, besides the event's own places by name ({@link Cue#PLACE_OURS}). */
    private static final String[] LODGINGS = {"酒店", "宾馆", "民宿", "别的房", "其他房"};

    private LodgingMove() {}

    /** Whether the clause moves people to another lodging: a moving verb right before where they stay. */
    static boolean said(Clause c) {
        for (String w : MOVES) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                int to = at + w.length();
                if (lodgingAt(c, to)) return true;
            }
        }
        return false;
    }

    private static boolean lodgingAt(Clause c, int at) {
        for (String l : LODGINGS)
            if (c.text.startsWith(l, at) && at + l.length() <= c.end) return !describes(c, at + l.length());
        for (CueTable.Hit h : c.cues.hits) {
            if (h.start() > at) break;
            if (h.cue() == Cue.PLACE_OURS && h.start() == at && h.end() <= c.end)
                return !eatingPlace(c, h.end()) && !describes(c, h.end());
        }
        return false;
    }

    /** 搬到清江的五个: the move names the people it is said of, no move asked for. */
    private static boolean describes(Clause c, int end) {
        return end < c.end && c.text.charAt(end) == '的';
    }

    /** 换到土家山寨吃: a place of eating, not of staying. */
    private static boolean eatingPlace(Clause c, int end) {
        return end < c.end
                && (c.text.charAt(end) == '吃' || c.text.startsWith("用餐", end) || c.text.startsWith("就餐", end));
    }
}

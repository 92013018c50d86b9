package org.receptionbot.parse;

/**
 * "江苏确认 D2236 11点半 34人 上午9点半退房 早饭在酒店吃": a check-out time said after the team's departure with its own
 * clock time in the same message is when the rooms are left, no second departure (nor a day to ask of one).
 */
final class CheckOutBesideDeparture {
    private CheckOutBesideDeparture() {}

    /** Whether {@code c} gives only a check-out time and the message already placed a timed departure of {@code team}. */
    static boolean test(Clause c, Drafts drafts, String team) {
        if (Figures.time(c) == null || !CheckOutClocks.checkOutOnly(c)) return false;
        for (Draft d : drafts.since(0))
            if (d.kind == Draft.Kind.DEPARTURE
                    && d.time != null
                    && !d.checkOutTime
                    && (team == null || team.equals(d.team))) return true;
        return false;
    }
}

package org.receptionbot.parse;

/**
 * "实到40人", "人齐了": a bus liaison counting with no vehicle named counts the vehicle they ride (the
 * one {@link Reading#vehicle()} names), as if named where the clause starts.
 */
final class SendersVehicle {
    private SendersVehicle() {}

    /**
     * The sender's vehicle when the clause counts it: a counting word with its figure, or all aboard, with
     * no vehicle named so far in the message nor a delegation in the clause; else null.
     */
    static Mention.Vehicle counted(Clause c, ClauseState state, Reading reading) {
        if (reading.vehicle() == null || state.vehicle() != null) return null;
        // 清点 39人 有一个厦门的同志没上来: the delegation of people not aboard is a remark, not the count's.
        if (!c.teams().isEmpty() && !BusCountAside.onlyNotAboard(c)) return null;
        if (!c.all(Mention.Vehicle.class).isEmpty()) return null;
        boolean counts = c.has(Cue.HEADCOUNT) && Figures.count(c, c.at(Cue.HEADCOUNT), false) != null;
        if (!counts && !HeadcountWords.allAboard(c)) return null;
        return new Mention.Vehicle(reading.vehicle(), c.start, c.start);
    }
}

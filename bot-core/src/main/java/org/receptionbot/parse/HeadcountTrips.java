package org.receptionbot.parse;

import java.util.List;

/** A vehicle counted and the trip it makes with the people counted ("5号车实到30 送西藏去机场"). */
final class HeadcountTrips {

    private HeadcountTrips() {}

    /**
     * "5号车实到30 送西藏去机场", "3车清点完 41 拉湖南回酒店": one vehicle counted with a counting word, then the
     * trip it makes with no day, clock or train of its own; the figure counted, else null.
     */
    static Mention.Count countedThenCarried(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1 || c.teams().size() > 1 || c.question || !c.has(Cue.HEADCOUNT)) return null;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return null;
        Mention.Count n = HeadcountFigure.of(c, vehicles.get(0));
        if (n == null || c.at(Cue.HEADCOUNT) < vehicles.get(0).end()) return null;
        int move = Figures.firstOf(c, Cue.DEPART, Cue.ARRIVE);
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() < n.end()) return null;
        return move > n.end() ? n : null;
    }

    /**
     * "(10号车实到28人，)送北京代表团去机场": after a head count, a statement opening with the bus's verb of
     * carrying (送, 拉, 载), with no vehicle, day, clock or train of its own, is the counted bus's trip.
     */
    static boolean carries(Clause c, Draft last) {
        if (last == null
                || last.kind != Draft.Kind.HEADCOUNT
                || c.question
                || c.teams().size() > 1) return false;
        if (!c.all(Mention.Vehicle.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        return i < c.end && "送拉载".indexOf(c.text.charAt(i)) >= 0;
    }

    /** See {@link MovingHeadcounts#busMovesNoOne}. */
    static boolean busMovesNoOne(Clause c, Reading reading) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty() || reading.sender() != null || !c.teams().isEmpty()) return false;
        for (Mention.Vehicle v : vehicles)
            if (!reading.lexicon().hasVehicle(v.id()) || reading.lexicon().vehicleTeam(v.id()) != null) return false;
        return true;
    }
}

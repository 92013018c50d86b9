package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Delegation;

/**
 * The direction a ticket said with no verb takes from the plan ({@link VerblessTicket}): the delegation's planned
 * arrival or departure on its day, else the event's second half once it has begun.
 */
final class PlannedDirection {
    private PlannedDirection() {}

    /**
     * With no word either way: the delegation's planned departure or arrival on that day; else, once the event
     * has begun, a day in its second half is a departure; else null.
     */
    static Draft.Kind byPlan(LocalDate day, String team, Reading reading) {
        Delegation d =
                team == null ? null : reading.lexicon().event.delegation(team).orElse(null);
        if (d != null && d.departure() != null && d.departure().date().equals(day)) return Draft.Kind.DEPARTURE;
        if (d != null && d.arrival() != null && d.arrival().date().equals(day)) return Draft.Kind.ARRIVAL;
        LocalDate start = reading.lexicon().event.start();
        LocalDate end = reading.lexicon().event.end();
        long half = (end.toEpochDay() - start.toEpochDay()) / 2;
        boolean begun = reading.today().isAfter(start);
        return begun && day.isAfter(start.plusDays(half)) ? Draft.Kind.DEPARTURE : null;
    }

    /** The delegation the ticket is of: the clause's, else the first named in the message, else the sender's. */
    static String team(Clause c, List<Clause> clauses, Reading reading) {
        if (!c.teams().isEmpty()) return c.teams().get(0);
        for (Clause other : clauses)
            if (!other.teams().isEmpty()) return other.teams().get(0);
        return reading.sender();
    }
}

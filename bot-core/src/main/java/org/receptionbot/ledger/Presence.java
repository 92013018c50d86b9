package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Plan;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * Whether a delegation is in town for a serving: after its arrival and before its departure. The
 * last reported whole-delegation arrival or departure replaces the plan of the event file; a day
 * without a clock time counts as the whole day (the kitchen rather cooks for people who came).
 */
public final class Presence {
    private final LocalDateTime arrival;
    private final LocalDateTime departure;

    private Presence(LocalDateTime arrival, LocalDateTime departure) {
        this.arrival = arrival;
        this.departure = departure;
    }

    /** The presence of a delegation given its plan and the movements in force (any delegation's). */
    public static Presence of(Delegation delegation, List<Movement> movements) {
        LocalDateTime arrival = start(delegation.arrival());
        LocalDateTime departure = end(delegation.departure());
        for (Movement m : movements) {
            if (!delegation.id().equals(m.delegation()) || !whole(m, delegation)) continue;
            if (m instanceof Arrival a) arrival = start(a.date(), a.time());
            if (m instanceof Departure d) departure = end(d.date(), d.time());
        }
        return new Presence(arrival, departure);
    }

    /** True when the delegation is there for the serving of {@code meal} on {@code date}. */
    public boolean eats(LocalDate date, Meal meal) {
        boolean arrived = arrival == null || arrival.isBefore(date.atTime(meal.serveTo()));
        boolean stays = departure == null || departure.isAfter(date.atTime(meal.serveFrom()));
        return arrived && stays;
    }

    private static boolean whole(Movement m, Delegation d) {
        return m.count() == null || m.count() >= d.size();
    }

    private static LocalDateTime start(Plan plan) {
        return plan == null ? null : start(plan.date(), plan.time());
    }

    private static LocalDateTime end(Plan plan) {
        return plan == null ? null : end(plan.date(), plan.time());
    }

    private static LocalDateTime start(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MIN : time);
    }

    private static LocalDateTime end(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MAX : time);
    }
}

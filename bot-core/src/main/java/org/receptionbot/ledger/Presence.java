package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Plan;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * How many of a delegation's people are in town for a serving. The whole delegation arrives and
 * leaves as the event file plans, unless a whole-delegation arrival or departure was reported
 * (the last one replaces the plan). Part of a delegation moving ("10人明早先走", "还有5人后天到") is
 * part of its size: a partial departure takes its people away from its time on; a partial arrival
 * brings its people at its time, and the whole arrival brings only the rest. A departure of the
 * whole delegation after some left ("其余的人后天走") takes everyone who is still there. A day
 * without a clock time counts as the whole day (the kitchen rather cooks for people who came).
 */
public final class Presence {
    private final int size;
    private final LocalDateTime arrival;
    private final LocalDateTime departure;
    private final List<Movement> parts;

    private Presence(int size, LocalDateTime arrival, LocalDateTime departure, List<Movement> parts) {
        this.size = size;
        this.arrival = arrival;
        this.departure = departure;
        this.parts = parts;
    }

    /** The presence of a delegation given its plan and the movements in force (any delegation's). */
    public static Presence of(Delegation delegation, List<Movement> movements) {
        LocalDateTime arrival = start(delegation.arrival());
        LocalDateTime departure = end(delegation.departure());
        List<Movement> parts = new ArrayList<>();
        for (Movement m : movements) {
            if (!delegation.id().equals(m.delegation())) continue;
            if (!whole(m, delegation)) parts.add(m);
            else if (m instanceof Arrival a) arrival = start(a.date(), a.time());
            else if (m instanceof Departure d) departure = end(d.date(), d.time());
        }
        return new Presence(delegation.size(), arrival, departure, List.copyOf(parts));
    }

    /** How many of its people are there for the serving of {@code meal} on {@code date}. */
    public int people(LocalDate date, Meal meal) {
        return people(date.atTime(meal.serveFrom()), date.atTime(meal.serveTo()));
    }

    /**
     * How many of its people are there between {@code from} and {@code to}: arrived before {@code
     * to} and not left by {@code from} (a site visit asks at its departure time).
     */
    public int people(LocalDateTime from, LocalDateTime to) {
        if (departure != null && !departure.isAfter(from)) return 0;
        int arrived = arrival == null || arrival.isBefore(to) ? rest() : 0;
        int departed = 0;
        for (Movement m : parts) {
            if (m instanceof Arrival a && start(a.date(), a.time()).isBefore(to)) arrived += a.count();
            if (m instanceof Departure d && !end(d.date(), d.time()).isAfter(from)) departed += d.count();
        }
        return Math.max(0, arrived - departed);
    }

    /** Where the delegation stands at the serving: not yet arrived, (partly) there, or gone. */
    public DinerCount.Stay stay(LocalDate date, Meal meal) {
        if (people(date, meal) > 0) return DinerCount.Stay.THERE;
        LocalDateTime from = date.atTime(meal.serveFrom());
        boolean gone = departure != null && !departure.isAfter(from)
                || parts.stream()
                        .anyMatch(m -> m instanceof Departure d
                                && !end(d.date(), d.time()).isAfter(from));
        return gone ? DinerCount.Stay.LEFT : DinerCount.Stay.NOT_ARRIVED;
    }

    /** The people the whole arrival brings: those not reported to arrive on their own. */
    private int rest() {
        int apart = parts.stream()
                .filter(m -> m instanceof Arrival)
                .mapToInt(Movement::count)
                .sum();
        return Math.max(0, size - apart);
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

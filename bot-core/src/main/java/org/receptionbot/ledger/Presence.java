package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * whole delegation after some left ("其余的人后天走") takes everyone who is still there but those reported to leave
 * on their own later, who stay until their time. A day
 * without a clock time counts as the whole day (the kitchen rather cooks for people who came), or
 * as the part of the day said ("8人下午先走": gone for dinner, see {@link
 * org.receptionbot.record.PartOfDay}).
 * A movement reported after a serving began does not change that serving.
 */
public final class Presence {
    private final Delegation delegation;
    private final List<Reported> movements;

    /** A movement, when it was reported (null: in force for every serving) and when it was taken back (null: never). */
    private record Reported(Movement movement, LocalDateTime at, LocalDateTime until) {}

    /** A movement entry taken back ({@link Withdrawal}), and when. */
    public record Undone(Entry entry, java.time.Instant at) {}

    private Presence(Delegation delegation, List<Reported> movements) {
        this.delegation = delegation;
        this.movements = movements;
    }

    /** The presence of a delegation given its plan and the movements in force (any delegation's). */
    public static Presence of(Delegation delegation, List<Movement> movements) {
        return new Presence(
                delegation,
                movements.stream()
                        .filter(m -> delegation.id().equals(m.delegation()))
                        .map(m -> new Reported(m, null, null))
                        .toList());
    }

    /**
     * The presence of a delegation given the movement entries in force: a movement changes only the
     * servings that had not begun when it was reported (a meal already served keeps its figure).
     */
    public static Presence reported(Delegation delegation, List<Entry> entries, ZoneId zone) {
        return reported(delegation, entries, List.of(), zone);
    }

    /**
     * As {@link #reported(Delegation, List, ZoneId)}, with the movements taken back: one undone after a
     * serving began still counts for that serving (an undo changes no meal already served either).
     */
    public static Presence reported(Delegation delegation, List<Entry> entries, List<Undone> undone, ZoneId zone) {
        List<Reported> all = new ArrayList<>();
        for (Entry e : entries)
            if (e.record() instanceof Movement m && delegation.id().equals(m.delegation()))
                all.add(new Reported(m, LocalDateTime.ofInstant(e.source().knownAt(), zone), null));
        for (Undone u : undone)
            if (u.entry().record() instanceof Movement m && delegation.id().equals(m.delegation()))
                all.add(new Reported(
                        m,
                        LocalDateTime.ofInstant(u.entry().source().knownAt(), zone),
                        LocalDateTime.ofInstant(u.at(), zone)));
        return new Presence(delegation, all);
    }

    /** The plan and the movements reported before {@code from}. */
    private Known asOf(LocalDateTime from) {
        LocalDateTime arrival = start(delegation.arrival());
        LocalDateTime departure = end(delegation.departure());
        List<Movement> parts = new ArrayList<>();
        for (Reported r : movements) {
            if (r.at() != null && r.at().isAfter(from)) continue;
            if (r.until() != null && !r.until().isAfter(from)) continue;
            Movement m = r.movement();
            if (!whole(m, delegation)) parts.add(m);
            else if (m instanceof Arrival a) arrival = start(a);
            else if (m instanceof Departure d) departure = end(d);
        }
        return new Known(delegation.size(), arrival, departure, parts);
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
        return asOf(from).people(from, to);
    }

    /** Where the delegation stands at the serving: not yet arrived, (partly) there, or gone. */
    public DinerCount.Stay stay(LocalDate date, Meal meal) {
        if (people(date, meal) > 0) return DinerCount.Stay.THERE;
        LocalDateTime from = date.atTime(meal.serveFrom());
        return asOf(from).gone(from) ? DinerCount.Stay.LEFT : DinerCount.Stay.NOT_ARRIVED;
    }

    /** The plan and the movements known at one serving. */
    private record Known(int size, LocalDateTime arrival, LocalDateTime departure, List<Movement> parts) {
        int people(LocalDateTime from, LocalDateTime to) {
            if (departure != null && !departure.isAfter(from)) return stayingOn(from);
            int arrived = arrival == null || arrival.isBefore(to) ? rest() : 0;
            int departed = 0;
            for (Movement m : parts) {
                if (m instanceof Arrival a && start(a).isBefore(to)) arrived += a.count();
                if (m instanceof Departure d && !end(d).isAfter(from)) departed += d.count();
            }
            return Math.max(0, arrived - departed);
        }

        /**
         * Once the whole delegation has left, the people reported to leave on their own later ("他俩下午4点坐3U8882走"
         * beside the team's morning train): they stay until their own time.
         */
        private int stayingOn(LocalDateTime from) {
            int later = parts.stream()
                    .filter(m -> m instanceof Departure d && end(d).isAfter(from))
                    .mapToInt(Movement::count)
                    .sum();
            return Math.min(later, size);
        }

        boolean gone(LocalDateTime from) {
            return departure != null && !departure.isAfter(from)
                    || parts.stream().anyMatch(m -> m instanceof Departure d && !end(d).isAfter(from));
        }

        /** The people the whole arrival brings: those not reported to arrive on their own. */
        private int rest() {
            int apart = parts.stream()
                    .filter(m -> m instanceof Arrival)
                    .mapToInt(Movement::count)
                    .sum();
            return Math.max(0, size - apart);
        }
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

    /** When a reported arrival's people count from: its time, else the start of the part of the day said. */
    private static LocalDateTime start(Movement m) {
        return start(m.date(), m.time() == null && m.part() != null ? m.part().from() : m.time());
    }

    /** When a reported departure's people are gone: its time, else the end of the part of the day said. */
    private static LocalDateTime end(Movement m) {
        return end(m.date(), m.time() == null && m.part() != null ? m.part().to() : m.time());
    }

    private static LocalDateTime start(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MIN : time);
    }

    private static LocalDateTime end(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MAX : time);
    }
}

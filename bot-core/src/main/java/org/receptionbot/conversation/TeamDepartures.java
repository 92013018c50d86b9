package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;

/**
 * A delegation's departures a said one may mean: its planned departure (from the event) and its departures recorded
 * in the ledger now. A departure is the team's whole one when it counts no people or at least the team's size; else it
 * is a batch of it.
 *
 * @param plan the planned departure, or null
 * @param size the team's size, or null when unknown
 * @param recorded the departures recorded for the team, in ledger order
 */
record TeamDepartures(Plan plan, Integer size, List<Departure> recorded) {

    /** The departures of {@code delegation}, planned and recorded. */
    static TeamDepartures of(Event event, Ledger ledger, String delegation) {
        Delegation team = event.delegation(delegation).orElse(null);
        List<Departure> recorded = ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure x && delegation.equals(x.delegation()))
                .map(Departure.class::cast)
                .toList();
        return new TeamDepartures(team == null ? null : team.departure(), team == null ? null : team.size(), recorded);
    }

    /** The departures recorded on {@code day}. */
    List<Departure> on(LocalDate day) {
        return recorded.stream().filter(x -> x.date().equals(day)).toList();
    }

    /** Whether {@code d} is the team's whole departure: no count, or at least the team's size. */
    boolean whole(Departure d) {
        return d.count() == null || size != null && d.count() >= size;
    }

    /** The team's whole departures recorded on {@code day}. */
    List<Departure> wholeOn(LocalDate day) {
        return on(day).stream().filter(this::whole).toList();
    }

    /** The batches (departures of part of the team) recorded on {@code day} at an hour, earliest first. */
    List<Departure> batchesOn(LocalDate day) {
        return on(day).stream()
                .filter(x -> !whole(x) && x.time() != null)
                .sorted(Comparator.comparing(Departure::time))
                .toList();
    }

    /** The plan when it falls on {@code day}, else null. */
    Plan planOn(LocalDate day) {
        return plan != null && plan.date().equals(day) ? plan : null;
    }

    /** Whether the team leaves after {@code today}, by a departure recorded or by its plan. */
    boolean leavesAfter(LocalDate today) {
        return recorded.stream().anyMatch(x -> x.date().isAfter(today))
                || plan != null && plan.date().isAfter(today);
    }

    /** The hour of the team's one whole departure on {@code day}, recorded or else planned; null when not one. */
    LocalTime standingHour(LocalDate day) {
        List<Departure> whole = wholeOn(day);
        if (whole.size() == 1) return whole.get(0).time();
        if (!whole.isEmpty()) return null;
        Plan p = planOn(day);
        return p == null ? null : p.time();
    }

    /** Whether {@code transport} is the plan's or a recorded departure's train or flight. */
    boolean knows(String transport) {
        return transport != null
                && (plan != null && transport.equals(plan.transport())
                        || recorded.stream().anyMatch(x -> transport.equals(x.transport())));
    }

    /**
     * The one departure of a batch recorded that {@code said} restates: the same people on its day, with no hour recorded
     * in a part of the day that holds the hour said ("有1个人明天上午就先走了", then "江苏刚才走了1个 9点的高铁"), or at the
     * same hour; null when none or several.
     */
    Departure restated(Departure said) {
        if (said.count() == null || whole(said)) return null;
        List<Departure> same = on(said.date()).stream()
                .filter(x -> said.count().equals(x.count()))
                .filter(x -> x.time() == null
                        ? x.part() == null
                                || said.part() == x.part()
                                || said.time() != null
                                        && !said.time().isBefore(x.part().from())
                                        && said.time().isBefore(x.part().to())
                        : x.time().equals(said.time()))
                .toList();
        return same.size() == 1 ? same.get(0) : null;
    }
}

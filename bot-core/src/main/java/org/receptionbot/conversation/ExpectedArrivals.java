package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;
import org.receptionbot.summary.Texts;

/**
 * A delegation's arrivals still expected on a day: the arrivals reported for that day that were
 * reported before they happened (an arrival reported at or after its own time is one that happened),
 * and the event file's plan while no whole-delegation arrival replaces it.
 */
final class ExpectedArrivals {
    private final Event event;
    private final Ledger ledger;

    ExpectedArrivals(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /**
     * One arrival expected.
     *
     * @param entry the reported arrival, or null for the plan
     * @param arrival what is expected (the plan as a whole-delegation arrival)
     * @param people how many people it brings
     */
    record Expected(Entry entry, Arrival arrival, int people) {
        /** "后到的3人" or "全团35人". */
        String who() {
            return arrival.count() == null ? "全团" + people + "人" : "后到的" + people + "人";
        }

        /** "原报16:20 G1234", "计划17:15 G1272", "原报下午". */
        String said() {
            String when = arrival.time() != null
                    ? Texts.time(arrival.time())
                    : arrival.part() != null ? arrival.part().label() : "时间未报";
            return (entry == null ? "计划" : "原报")
                    + when
                    + (arrival.transport() == null ? "" : " " + arrival.transport());
        }

        /** When its people count from: its time, else the start of its part of the day, else the day's start. */
        LocalTime from() {
            if (arrival.time() != null) return arrival.time();
            return arrival.part() != null ? arrival.part().from() : LocalTime.MIN;
        }
    }

    List<Expected> of(String delegation, LocalDate day) {
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return List.of();
        List<Entry> arrivals = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Arrival a && delegation.equals(a.delegation()))
                .toList();
        int apart = arrivals.stream()
                .map(e -> (Arrival) e.record())
                .filter(a -> !whole(a, d))
                .mapToInt(Arrival::count)
                .sum();
        int rest = Math.max(0, d.size() - apart);
        List<Expected> expected = new ArrayList<>();
        for (Entry e : arrivals) {
            Arrival a = (Arrival) e.record();
            if (a.date().equals(day) && !happened(e, a))
                expected.add(new Expected(e, a, whole(a, d) ? rest : a.count()));
        }
        Plan plan = d.arrival();
        boolean replaced = arrivals.stream().anyMatch(e -> whole((Arrival) e.record(), d));
        if (plan != null && plan.date().equals(day) && !replaced)
            expected.add(new Expected(null, new Arrival(delegation, day, plan.time(), null, plan.transport()), rest));
        return expected;
    }

    private boolean happened(Entry e, Arrival a) {
        if (a.time() == null) return false;
        LocalDateTime reported = LocalDateTime.ofInstant(e.source().at(), event.zone());
        return !reported.isBefore(a.date().atTime(a.time()));
    }

    private static boolean whole(Arrival a, Delegation d) {
        return a.count() == null || a.count() >= d.size();
    }
}

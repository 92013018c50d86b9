package org.receptionbot.conversation;

import java.time.Duration;
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
 * A delegation's arrivals still expected at a moment: the arrivals reported for that day that were
 * reported before they happened (an arrival reported at or after its own time is one that happened),
 * and the event file's plan while no whole-delegation arrival replaces it; besides, those of the day
 * before that fell due within {@link #LATE} and never happened (people arriving late, "刚到酒店" the
 * next morning).
 */
final class ExpectedArrivals {
    /** How long after its time an arrival that never happened is still taken to be on its way. */
    static final Duration LATE = Duration.ofHours(24);

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
     * @param late true when it was due on an earlier day than the one asked about
     */
    record Expected(Entry entry, Arrival arrival, int people, boolean late) {
        /** "后到的3人" or "全团35人". */
        String who() {
            return arrival.count() == null ? "全团" + people + "人" : "后到的" + people + "人";
        }

        /** "原报16:20 G1234", "计划17:15 G1272", "原报下午", "原报12月1日（周二）20:00". */
        String said() {
            String when = arrival.time() != null
                    ? Texts.time(arrival.time())
                    : arrival.part() != null ? arrival.part().label() : "时间未报";
            return (entry == null ? "计划" : "原报")
                    + (late ? Texts.day(arrival.date()) : "")
                    + when
                    + (arrival.transport() == null ? "" : " " + arrival.transport());
        }

        /** When its people count from: its time, else the start of its part of the day, else the day's start. */
        LocalTime from() {
            if (arrival.time() != null) return arrival.time();
            return arrival.part() != null ? arrival.part().from() : LocalTime.MIN;
        }

        /** When it was due: its day at {@link #from()}. */
        LocalDateTime due() {
            return arrival.date().atTime(from());
        }
    }

    /** The arrivals expected at {@code now}: of its day, and of the day before when late. */
    List<Expected> of(String delegation, LocalDateTime now) {
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return List.of();
        LocalDate day = now.toLocalDate();
        List<Expected> expected = new ArrayList<>(of(d, day.minusDays(1), true).stream()
                .filter(x -> !x.arrival().date().atTime(last(x)).isBefore(now.minus(LATE)))
                .toList());
        expected.addAll(of(d, day, false));
        return expected;
    }

    /** The arrivals of the delegation on {@code day} that happened: reported at or after their time. */
    List<Expected> arrived(String delegation, LocalDate day) {
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return List.of();
        List<Entry> arrivals = arrivals(delegation);
        int rest = rest(arrivals, d);
        return arrivals.stream()
                .filter(e -> ((Arrival) e.record()).date().equals(day) && happened(e, (Arrival) e.record()))
                .map(e -> expected(e, d, rest, false))
                .toList();
    }

    private List<Expected> of(Delegation d, LocalDate day, boolean late) {
        List<Entry> arrivals = arrivals(d.id());
        int rest = rest(arrivals, d);
        List<Expected> expected = new ArrayList<>();
        for (Entry e : arrivals) {
            Arrival a = (Arrival) e.record();
            if (a.date().equals(day) && !happened(e, a)) expected.add(expected(e, d, rest, late));
        }
        Plan plan = d.arrival();
        boolean replaced = arrivals.stream().anyMatch(e -> whole((Arrival) e.record(), d));
        // the parts reported bring everyone: the plan brings no one more
        if (plan != null && plan.date().equals(day) && !replaced && rest > 0)
            expected.add(new Expected(null, new Arrival(d.id(), day, plan.time(), null, plan.transport()), rest, late));
        return expected;
    }

    private List<Entry> arrivals(String delegation) {
        return ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Arrival a && delegation.equals(a.delegation()))
                .toList();
    }

    private static int rest(List<Entry> arrivals, Delegation d) {
        int apart = arrivals.stream()
                .map(e -> (Arrival) e.record())
                .filter(a -> !whole(a, d))
                .mapToInt(Arrival::count)
                .sum();
        return Math.max(0, d.size() - apart);
    }

    private static Expected expected(Entry e, Delegation d, int rest, boolean late) {
        Arrival a = (Arrival) e.record();
        return new Expected(e, a, whole(a, d) ? rest : a.count(), late);
    }

    /** The latest it could have been due: its time, else the end of its day. */
    private static LocalTime last(Expected x) {
        return x.arrival().time() != null ? x.arrival().time() : LocalTime.MAX;
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

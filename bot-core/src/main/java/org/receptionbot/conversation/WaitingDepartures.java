package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;

/**
 * A delegation's departures of today still to happen, which a departure said done may confirm ({@link
 * DepartureConfirmations}): those recorded before their time, and the event file's plan while no whole-delegation
 * departure replaces it.
 */
final class WaitingDepartures {
    private final Event event;
    private final Ledger ledger;

    WaitingDepartures(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** One departure waiting: the entry reported (null for the plan), the departure and its people. */
    record Waiting(Entry entry, Departure departure, int people) {}

    /** Today's departures of {@code d} still to happen at {@code now}, and the plan while none replaces it. */
    List<Waiting> of(Delegation d, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Entry> departures = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure x && d.id().equals(x.delegation()))
                .toList();
        List<Waiting> waiting = new ArrayList<>();
        for (Entry e : departures) {
            Departure x = (Departure) e.record();
            if (x.date().equals(today) && !happened(e, x)) waiting.add(new Waiting(e, x, people(x, d)));
        }
        Plan plan = d.departure();
        boolean replaced = departures.stream().anyMatch(e -> whole((Departure) e.record(), d));
        if (plan != null && plan.date().equals(today) && !replaced)
            waiting.add(new Waiting(null, new Departure(d.id(), today, plan.time(), null, plan.transport()), d.size()));
        return waiting;
    }

    /** Whether {@code x} is the whole of {@code d}: no count, or at least its size. */
    static boolean whole(Departure x, Delegation d) {
        return x.count() == null || x.count() >= d.size();
    }

    /** Reported at or after its own time: one that happened. */
    private boolean happened(Entry e, Departure x) {
        if (x.time() == null) return false;
        LocalDateTime reported = LocalDateTime.ofInstant(e.source().at(), event.zone());
        return !reported.isBefore(x.date().atTime(x.time()));
    }

    private static int people(Departure x, Delegation d) {
        return whole(x, d) ? d.size() : x.count();
    }
}

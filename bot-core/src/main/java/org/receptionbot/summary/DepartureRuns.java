package org.receptionbot.summary;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;

/**
 * A bus taking part of a team to a station or an airport ("12号车实到8人 送山东的去高铁站" before "山东8个人先走 14:30"): its
 * count expects the people of the team's departure of that day that leaves soon after it (from half an hour before
 * the count to three hours after), said before the count, and no fewer than the bus counted; the one nearest in
 * time, the smaller of two as near. A count above every such departure is the rest of the team, and is left to the
 * team's own figure.
 */
final class DepartureRuns {
    private static final Duration BEFORE = Duration.ofMinutes(30);
    private static final Duration AFTER = Duration.ofHours(3);
    private final Event event;
    private final Ledger ledger;

    DepartureRuns(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The people leaving that the count {@code count} of {@code d} (recorded as {@code e}) takes to their train or flight. */
    Optional<Integer> expected(Delegation d, Entry e, int count) {
        if (d == null) return Optional.empty();
        LocalDateTime at = at(e);
        return ledger.activeMovements().stream()
                .filter(m -> m.record() instanceof Departure p
                        && d.id().equals(p.delegation())
                        && p.date().equals(e.day())
                        && p.time() != null
                        && p.count() != null
                        && p.count() < d.size()
                        && p.count() >= count
                        && m.source().at().isBefore(e.source().at())
                        && near(at, p.date().atTime(p.time())))
                .map(m -> (Departure) m.record())
                .min(Comparator.comparing((Departure p) ->
                                Duration.between(at, p.date().atTime(p.time())).abs())
                        .thenComparing(Departure::count))
                .map(Departure::count);
    }

    private static boolean near(LocalDateTime count, LocalDateTime leaves) {
        return !leaves.isBefore(count.minus(BEFORE)) && !leaves.isAfter(count.plus(AFTER));
    }

    private LocalDateTime at(Entry e) {
        return LocalDateTime.ofInstant(e.source().at(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}

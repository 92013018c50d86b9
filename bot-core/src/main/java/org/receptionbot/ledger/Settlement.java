package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.receptionbot.event.Event;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * The one rule for the figure a caterer bills by. Once a meal has begun being served (its serving's
 * first minute), each delegation's reported figure for it is the settlement figure and no longer
 * changes: a meal report for it, in any form (a message, an edit, a correction, an answer, a
 * confirmation), is not recorded, and a report already recorded for it is not taken back ({@link
 * Recorder#withdraw}); the actual diners are registered apart (/actual). A movement never changes a
 * served meal either ({@link Presence}). Between the count deadline and the serving a change is
 * recorded and is a late change.
 */
public final class Settlement {
    private final Event event;

    public Settlement(Event event) {
        this.event = event;
    }

    /** Whether {@code r} is a meal record whose serving had begun at {@code at}; false for other records. */
    public boolean settled(Record r, Instant at) {
        return r instanceof MealRecord m && served(m.date(), m.meal(), at);
    }

    /** Whether the serving of {@code meal} on {@code date} had begun at {@code at}. */
    public boolean served(LocalDate date, String meal, Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, event.zone());
        return event.meal(meal)
                .map(m -> date != null && !date.atTime(m.serveFrom()).isAfter(now))
                .orElse(false);
    }
}

package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.receptionbot.record.Record;

/**
 * One record as applied to the ledger. Entries are never changed or deleted: taking one back
 * appends a {@link Withdrawal}.
 *
 * @param id unique for ever: the source's message key, {@code #} and the record's index in the
 *     message (assigned by the core)
 * @param day the day the entry belongs to: a meal's or movement's date, else the day (in the
 *     event's zone) the message was sent; boards read entries by this day
 * @param late true when it changed a meal after the meal's count deadline
 */
public record Entry(String id, LocalDate day, Record record, Source source, boolean late) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
    }
}

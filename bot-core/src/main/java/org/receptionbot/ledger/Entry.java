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
 * @param movement the movement the entry belongs to, by the id of the entry that first reported it
 *     ({@link MovementLinks}): on a movement recorded again in place of an earlier report of it (a
 *     confirmation, a correction), that report's; on a meal cancelled for the people of a partial
 *     departure ("明早6人7点走，早饭不吃了"), the departure's; else null (a movement is then its own)
 */
public record Entry(String id, LocalDate day, Record record, Source source, boolean late, String movement) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
    }

    /** An entry that belongs to no other movement. */
    public Entry(String id, LocalDate day, Record record, Source source, boolean late) {
        this(id, day, record, source, late, null);
    }

    /** The id of the movement this entry is, or belongs to: {@link #movement}, else its own id. */
    public String movementId() {
        return movement != null ? movement : id;
    }
}

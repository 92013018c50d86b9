package org.receptionbot.record;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * People of a delegation arriving (early, late or as planned).
 *
 * @param part the part of the day said when no clock time was (下午先走), else null; not a field the
 *     records contract compares
 */
public record Arrival(
        String delegation, LocalDate date, LocalTime time, Integer count, String transport, PartOfDay part)
        implements Movement {

    public Arrival {
        if (time != null) part = null;
    }

    /** A movement with a clock time, or with neither a time nor a part of the day. */
    public Arrival(String delegation, LocalDate date, LocalTime time, Integer count, String transport) {
        this(delegation, date, time, count, transport, null);
    }

    @Override
    public String type() {
        return "ARRIVAL";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.arrival(this);
    }
}

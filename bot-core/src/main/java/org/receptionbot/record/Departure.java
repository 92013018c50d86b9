package org.receptionbot.record;

import java.time.LocalDate;
import java.time.LocalTime;

/** People of a delegation leaving (early, late or as planned). */
public record Departure(String delegation, LocalDate date, LocalTime time, Integer count, String transport)
        implements Movement {

    @Override
    public String type() {
        return "DEPARTURE";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.departure(this);
    }
}

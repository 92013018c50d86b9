package org.receptionbot.record;

import java.time.LocalDate;
import java.time.LocalTime;

/** People of a delegation arriving (early, late or as planned). */
public record Arrival(String delegation, LocalDate date, LocalTime time, Integer count, String transport)
        implements Movement {

    @Override
    public String type() {
        return "ARRIVAL";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.arrival(this);
    }
}

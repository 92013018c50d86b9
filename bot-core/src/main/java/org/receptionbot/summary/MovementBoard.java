package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.List;

/** A day's arrivals and departures, sorted by time or part of the day (unknown times last). */
public record MovementBoard(LocalDate date, List<MovementLine> lines) {

    public MovementBoard {
        lines = List.copyOf(lines);
    }
}

package org.receptionbot.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A meal served every day of the event.
 *
 * @param id the meal's id in records (BREAKFAST, LUNCH, DINNER, LATE_NIGHT in the reference file)
 * @param names the words people use for it, most common first
 * @param serveFrom when serving starts
 * @param serveTo when serving ends
 * @param deadline when the head count for a day's serving is due
 * @param onRequest true for a meal taken on request ({@code on_request: true}, e.g. 宵夜), ordered
 *     day by day: a delegation that has not reported it for a day counts 0 and is not chased;
 *     false for a regular meal, where it counts at its full size
 */
public record Meal(
        String id, List<String> names, LocalTime serveFrom, LocalTime serveTo, Deadline deadline, boolean onRequest) {

    public Meal {
        names = List.copyOf(names);
    }

    /** A regular meal. */
    public Meal(String id, List<String> names, LocalTime serveFrom, LocalTime serveTo, Deadline deadline) {
        this(id, names, serveFrom, serveTo, deadline, false);
    }

    /** The usual Chinese name of the meal, for answers and boards. */
    public String label() {
        return names.isEmpty() ? id : names.get(0);
    }

    public LocalDateTime deadlineFor(LocalDate servingDay) {
        return servingDay.plusDays(deadline.dayOffset()).atTime(deadline.time());
    }

    /**
     * When the head count is due, relative to the day of the serving.
     *
     * @param dayOffset 0 for the same day, -1 for the day before
     */
    public record Deadline(int dayOffset, LocalTime time) {}
}

package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many people actually ate at a venue at one serving, as reported after the meal.
 *
 * @param meal the meal's id
 * @param venue the venue's id
 */
public record ActualCount(LocalDate date, String meal, String venue, int count, Source source) {

    public ActualCount {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meal, "meal");
        Objects.requireNonNull(venue, "venue");
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
    }
}

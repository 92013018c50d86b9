package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MovementBoard;

/**
 * What an export holds for a date range: per day the board of every meal (delegations by meals,
 * venue totals), the movements, and the issues still waiting at the time of export.
 */
public record ExportContent(LocalDate from, LocalDate to, List<Day> days, List<IssueLine> issues) {

    public ExportContent {
        days = List.copyOf(days);
        issues = List.copyOf(issues);
    }

    /** One day: a board per meal in the event's order, and its movements. */
    public record Day(LocalDate date, List<MealBoard> meals, MovementBoard movements) {
        public Day {
            meals = List.copyOf(meals);
        }
    }
}

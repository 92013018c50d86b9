package org.receptionbot.reminder;

import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.summary.MealBoard;

/**
 * Whom the reminder before a meal's count deadline chases, and what it says the caterer prepares
 * for those who stay silent: exactly what the board counts. For a regular meal, the delegations
 * there that have not reported, counted at full size; for a meal taken on request ({@link
 * Meal#onRequest()}), none: a day not reported counts 0 and is not chased.
 */
final class ExpectedReports {

    private ExpectedReports() {}

    static List<Delegation> missing(MealBoard board) {
        return board.notReported();
    }

    /** The closing line of the reminder. */
    static String closing(Meal meal) {
        return "请联络员尽快报送人数；截止时未报的，按" + (meal.onRequest() ? "上次所报人数" : "全团人数") + "准备。";
    }
}

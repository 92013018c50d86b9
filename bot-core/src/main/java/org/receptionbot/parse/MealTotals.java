package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.event.Delegation;

/**
 * "早餐统计：截至现在报了221人", "宴会厅：晚宴目前报了283人", "餐厅说今天中午做了四百份": a coordinator's or a
 * venue's figure that names no delegation and is more than twice the largest delegation is a total over
 * many delegations, not one delegation's report: no record, and nothing to ask.
 */
final class MealTotals {

    private MealTotals() {}

    /** Whether the draft is such a total in a message from no delegation naming none. */
    static boolean total(Draft d, Reading reading, List<Clause> clauses) {
        if (reading.sender() != null || d.team != null || d.count == null || !d.isMeal()) return false;
        return d.count > 2 * largest(reading) && MessageFacts.noTeam(clauses);
    }

    private static int largest(Reading reading) {
        int most = 0;
        for (Delegation g : reading.lexicon().event.delegations()) most = Math.max(most, g.size());
        return most;
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.event.Delegation;

/**
 * "早餐统计：截至现在报了221人", "宴会厅：晚宴目前报了283人", "餐厅说今天中午做了四百份", "今天一共报到612人": a
 * coordinator's or a venue's figure of diners, or of people arriving or leaving, that names no delegation and
 * is more than twice the largest delegation is a total over many delegations, not one delegation's report: no
 * record, and nothing to ask.
 */
final class MealTotals {

    private MealTotals() {}

    /** Whether the draft is such a total in a message from no delegation naming none. */
    static boolean total(Draft d, Reading reading, List<Clause> clauses) {
        if (reading.sender() != null || d.team != null || d.count == null || !(d.isMeal() || d.isMovement()))
            return false;
        return d.count > 2 * largest(reading) && MessageFacts.noTeam(clauses);
    }

    /**
     * "今天总共送站430人", "一共接了400多人": a message from no delegation naming none whose figure of people is
     * such a total, or a vague figure summed up (一共, 总共), gives nothing to ask about either.
     */
    static boolean said(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || !MessageFacts.noTeam(clauses)) return false;
        int limit = 2 * largest(reading);
        for (Clause c : clauses) {
            // 北海线一共到了115人, 车上共60人: a route's or a bus's figure is asked about as before.
            if (!c.all(Mention.Vehicle.class).isEmpty()
                    || !c.all(Mention.Route.class).isEmpty()
                    || c.span().contains("车上")) return false;
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit() && n.value() > limit) return true;
            String words = c.span();
            boolean summed = words.contains("一共") || words.contains("总共");
            if (summed && !c.all(Mention.Vague.class).isEmpty()) return true;
        }
        return false;
    }

    private static int largest(Reading reading) {
        int most = 0;
        for (Delegation g : reading.lexicon().event.delegations()) most = Math.max(most, g.size());
        return most;
    }
}

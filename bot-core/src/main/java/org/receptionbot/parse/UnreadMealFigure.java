package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A meal's figure the rules passed over: records were read, none of them a meal's, and one statement
 * names a meal beside a figure of people ("湖北晚饭60人全部去九院吃 在那吃完直接回", read as a
 * departure only). The records stand and the sender is asked to check ({@link Gap#mayBeUnread}), so a
 * meal's figure read as something else is not confirmed in silence. It touches no talk line (talk gives
 * no records); see the README, "The silent-report net".
 */
final class UnreadMealFigure {
    private UnreadMealFigure() {}

    /** {@code outcome}, or its records with a question about a meal's figure left unread. */
    static ParseOutcome check(ParseOutcome outcome, List<Clause> clauses, String original) {
        if (!(outcome instanceof ParseOutcome.Understood u)
                || u.further()
                || u.records().isEmpty()) return outcome;
        for (Record r : u.records()) if (r instanceof MealRecord) return outcome;
        for (Clause c : clauses) {
            if (mealBesideFigure(c))
                return new ParseOutcome.Incomplete(
                        u.records(), List.of(Gap.mayBeUnread("MEAL_COUNT", original.strip())), u.saidNow());
        }
        return outcome;
    }

    /** A meal's word and a figure with a unit of people (人, 个, 位) in one statement. */
    private static boolean mealBesideFigure(Clause c) {
        boolean meal = false;
        boolean figure = false;
        for (Mention m : c.mentions) {
            meal |= m instanceof Mention.Meals;
            figure |= m instanceof Mention.Count n && n.unit();
        }
        return meal && figure;
    }
}

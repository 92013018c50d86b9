package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * "辽宁33 吉林40 龙江31 三个团晚饭都报了", "西藏30 甘肃29 都是中午的", "明早江苏34、浙江38、安徽29，都是全团": a list of
 * delegations' figures whose one meal is said once, before or after it, with 都 over the whole list. Each figure
 * left without a meal takes that meal. Two meals said in the list, or no 都, leave the meal to ask.
 */
final class ListMeal {
    private ListMeal() {}

    static void apply(List<Clause> clauses, Drafts drafts) {
        List<Draft> all = drafts.since(0);
        Draft said = null;
        boolean open = false;
        for (Draft d : all) {
            if (d.kind != Draft.Kind.MEAL_COUNT) {
                if (isMeal(d.kind)) return;
                continue;
            }
            if (d.missing == Gap.Field.MEAL) {
                if (d.count == null || d.team == null) return;
                open = true;
            } else if (d.missing == null && d.meal != null) {
                if (said != null && (!said.meal.equals(d.meal) || !java.util.Objects.equals(said.date, d.date))) return;
                said = d;
            } else return;
        }
        if (!open || said == null || !overAll(clauses)) return;
        for (Draft d : all)
            if (d.kind == Draft.Kind.MEAL_COUNT && d.missing == Gap.Field.MEAL) {
                d.meal = said.meal;
                d.date = said.date;
                d.missing = null;
            }
    }

    /** Whether a clause says 都 over the list (都是, 都报了) and the message no other figure per meal. */
    private static boolean overAll(List<Clause> clauses) {
        for (Clause c : clauses) if (c.span().contains("都")) return true;
        return false;
    }

    private static boolean isMeal(Draft.Kind k) {
        return k == Draft.Kind.MEAL_CANCEL || k == Draft.Kind.MEAL_ADD;
    }
}

package org.receptionbot.parse;

/** A meal's figure reported again after its old plan and the reason it changed (本来31 有俩不吃 报29个). */
final class MealReported {

    private MealReported() {}

    /**
     * "龙江明早本来31 有俩不吃 报29个", "中午原来33 三个不来 报30": after a meal's old figure, the figure
     * said right after 报 (报的是, 就报) is the count now reported; or null.
     */
    static Integer reportedAfterPlan(Clause c, Draft last) {
        if (last == null || !last.planned || last.meal == null) return null;
        return reported(c);
    }

    /**
     * "山西晚饭原来28 俩人请假 报26个": a clause with a meal reading that ends in the figure reported, after
     * an old plan said earlier in the message (原来, 本来): the reported figure; or null.
     */
    static Integer reportedAfterPlanSaid(Clause c, MealReading meal) {
        if (meal == null || meal.meals().isEmpty() || meal.kind() == Draft.Kind.MEAL_COUNT) return null;
        String before = c.text.substring(0, c.start);
        if (!before.contains("原来") && !before.contains("本来") && !before.contains("原计划") && !before.contains("原定"))
            return null;
        return reported(c);
    }

    private static Integer reported(Clause c) {
        if (!c.all(Mention.Meals.class).isEmpty() || !c.teams().isEmpty()) return null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int at = n.start();
            while (at > c.start
                    && (c.text.charAt(at - 1) == ' ' || c.text.charAt(at - 1) == '是' || c.text.charAt(at - 1) == '的'))
                at--;
            if (at > c.start && c.text.charAt(at - 1) == '报') return n.value();
        }
        return null;
    }
}

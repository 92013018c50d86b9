package org.receptionbot.parse;

/**
 * "福建北海线6人 我们联络员小林也去 加1个吧 一共7个": people added right after a route's figure, in a message that
 * names no meal, are more people on that route (its total said last is the figure), not a meal's change with the
 * meal to ask.
 */
final class RouteAddOn {
    private RouteAddOn() {}

    /** Whether {@code c}, read as a meal with none named, only adds people to the route figure placed before it. */
    static boolean follows(Clause c, MealReading meal, ClauseState state, Draft last) {
        if (meal == null || !meal.meals().isEmpty() || !state.meals().isEmpty()) return false;
        if (last == null || last.kind != Draft.Kind.VISIT && last.kind != Draft.Kind.VISIT_CHANGE) return false;
        return c.all(Mention.Meals.class).isEmpty()
                && c.all(Mention.Day.class).isEmpty()
                && !c.has(Cue.CANCEL)
                && !mealSaid(c.text);
    }

    /** Words of a total: the figure right after one is the route's figure now. */
    private static final String[] TOTAL = {"一共", "总共", "共计", "合计", "加起来"};

    /**
     * "(河南百色线6人 还有个司机) 加上他一共7个": the total said in the added clause is the route's figure; {@code last},
     * the route's figure placed before, takes it. Nothing when the clause says no total.
     */
    static void settle(Clause c, Draft last) {
        if (last.kind != Draft.Kind.VISIT) return;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            String before = c.text.substring(c.start, n.start());
            for (String w : TOTAL)
                if (before.endsWith(w) || before.endsWith(w + "是") || before.endsWith(w + "有")) last.count = n.value();
        }
    }

    /** Words of eating or of a meal's part of the day anywhere in the message. */
    private static final String[] MEAL_WORDS = {"饭", "餐", "吃", "宴", "早上", "中午", "晚上", "今晚", "明早", "宵夜", "夜宵"};

    private static boolean mealSaid(String message) {
        for (String w : MEAL_WORDS) if (message.contains(w)) return true;
        return false;
    }
}

package org.receptionbot.parse;

/**
 * "晚饭接龙 | 5. 吉林 全到": on a line of a meal's list (接龙) the whole delegation said as come (全到, 都来) is the
 * delegation eating that meal ({@link WholeLine}), no arrival: the list is about the meal, and a delegation in town
 * for days does not arrive again.
 */
final class MealListAllCome {

    private MealListAllCome() {}

    /** Whether {@code c} is a meal list's line whose only word is the whole delegation come. */
    static boolean test(Clause c, ClauseState state) {
        if (state.meals().isEmpty() || !c.all(Mention.Meals.class).isEmpty()) return false;
        if (!c.all(Mention.Clock.class).isEmpty() || !c.all(Mention.Day.class).isEmpty()) return false;
        return WholeLine.test(c);
    }
}

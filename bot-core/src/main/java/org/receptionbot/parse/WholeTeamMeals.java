package org.receptionbot.parse;

import java.util.List;

/**
 * The whole delegation (全团) said as a meal's figure: on a list's line, the delegation's size by the event
 * file; said with a meal or a part of the day, the meal as planned.
 */
final class WholeTeamMeals {
    private final Reading reading;
    private final DelegationSize sizes;

    WholeTeamMeals(Reading reading, DelegationSize sizes) {
        this.reading = reading;
        this.sizes = sizes;
    }

    /** The meal count of a clause that says the whole delegation and no figure, for meals {@code ms}, or null. */
    MealReading read(Clause c, List<String> ms, ClauseState state) {
        // 接龙 "2. 天津 全团": the whole delegation eats the list's meal, its size by the event file.
        if (ms.isEmpty() && !state.meals().isEmpty() && WholeLine.test(c)) {
            Integer size = sizes.of(c, state);
            if (size != null) return new MealReading(state.meals(), Draft.Kind.MEAL_COUNT, size, false);
        }
        // 青海中午 全团, 明早早餐全团: the whole delegation said as the meal's figure is the meal as planned.
        if (WholeLine.asFigure(c)) {
            List<String> parts = MealWords.ofParts(c, reading.lexicon());
            List<String> whose = !ms.isEmpty()
                    ? ms
                    : !parts.isEmpty() ? parts : state.mealAwaitsFigure() ? state.meals() : List.of();
            if (!whose.isEmpty()) return new MealReading(whose, Draft.Kind.MEAL_COUNT, null, false, true, null);
        }
        return null;
    }
}

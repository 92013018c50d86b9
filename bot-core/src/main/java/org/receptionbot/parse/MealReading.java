package org.receptionbot.parse;

import java.util.List;

/**
 * What a clause says about meals.
 *
 * @param whole a cancellation of the whole delegation (no figure, none to ask for)
 * @param asPlanned a MEAL_COUNT "as planned" (no figure, none to ask for)
 * @param each one figure per meal ("中午55人晚上60人"), or null when {@code count} is for all
 */
record MealReading(
        List<String> meals, Draft.Kind kind, Integer count, boolean whole, boolean asPlanned, List<Integer> each) {
    MealReading(List<String> meals, Draft.Kind kind, Integer count, boolean whole) {
        this(meals, kind, count, whole, false, null);
    }

    Integer countOf(int meal) {
        return each == null ? count : each.get(meal);
    }
}

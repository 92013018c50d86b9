package org.receptionbot.parse;

import java.util.List;

/**
 * The meals a list's header (接龙, 统计) gives its lines: the meals it names, or else the meal of the part of
 * the day it names ("#接龙 今天中午土家山寨" is lunch's list), unless the list is one of movements ("接龙 明天中午到的"),
 * whose lines are people arriving or leaving at that hour.
 */
final class ListHeaderMeals {
    private ListHeaderMeals() {}

    static List<String> of(Clause header, List<String> meant, MealRules meals) {
        if (!meant.isEmpty() || !header.has(Cue.HEADER) || MovementRules.kind(header) != null) return meant;
        return meals.ofParts(header);
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * "午饭少2个 两个领导中午有接待", "晚饭少2个 两位领导晚上有接待": after a meal's change with its figure, the same
 * number of people said first, with the same meal or none, and no delegation of their own, are the people of that
 * change told again with their reason; they are no second change.
 */
final class RestatedPeople {
    private RestatedPeople() {}

    /** Whether {@code c}, read as {@code meal}, only says again who the people of {@code last}'s change are. */
    static boolean restates(Clause c, MealReading meal, Draft last) {
        if (last == null
                || last.count == null
                || last.meal == null
                || !c.teams().isEmpty()) return false;
        if (last.kind != Draft.Kind.MEAL_CANCEL && last.kind != Draft.Kind.MEAL_ADD) return false;
        if (!meal.meals().isEmpty() && !meal.meals().equals(List.of(last.meal))) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || counts.get(0).value() != last.count) return false;
        // The people come first: "两个领导中午…", not "中午2个".
        int at = counts.get(0).start();
        for (Mention m : c.all(Mention.Meals.class)) if (m.start() < at) return false;
        for (Mention m : c.all(Mention.Part.class)) if (m.start() < at) return false;
        return !c.has(Cue.FEWER) && !c.has(Cue.CANCEL);
    }
}

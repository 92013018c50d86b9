package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * "江西晚上有3人下午先走 剩下的报24", "湖南今晚有5个人先走，其余的报30": part of a delegation leaving from
 * a meal, then the rest (剩下的, 其余的, 其他人) with 报 or 吃 and a figure: that meal's own figure for the
 * people who stay. Only right after the movement clause, with one meal named there or in the rest's clause.
 */
final class RestReported {
    private static final String SKIP = "的人都就还是 ";

    private RestReported() {}

    /** The meal's figure for the rest, or null when the clause is not of this kind. */
    static MealReading figure(Clause c, Clause moved, Draft last, Lexicon lexicon) {
        if (moved == null || last == null || !last.isMovement() || last.count == null) return null;
        if (!c.has(Cue.REST) || c.has(Cue.DEPART) || c.has(Cue.ARRIVE) || c.question) return null;
        if (!c.all(Mention.Day.class).isEmpty() || !c.all(Mention.Clock.class).isEmpty()) return null;
        if (!c.teams().isEmpty() && !c.teams().contains(last.team)) return null;
        int at = c.endOf(Cue.REST);
        while (at < c.end && SKIP.indexOf(c.text.charAt(at)) >= 0) at++;
        if (at >= c.end || "报吃".indexOf(c.text.charAt(at)) < 0) return null;
        at++;
        while (at < c.end && " 了".indexOf(c.text.charAt(at)) >= 0) at++;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || counts.get(0).start() != at) return null;
        List<String> meals = new ArrayList<>(1);
        for (Mention.Meals m : c.all(Mention.Meals.class)) meals.addAll(m.ids());
        if (meals.isEmpty()) meals.addAll(mealsOf(moved, lexicon));
        if (meals.size() != 1) return null;
        return new MealReading(meals, Draft.Kind.MEAL_COUNT, counts.get(0).value(), false);
    }

    /** The meals the movement's clause names: meal words, and parts of the day before its verb. */
    private static List<String> mealsOf(Clause moved, Lexicon lexicon) {
        int verb = Math.max(moved.at(Cue.DEPART), moved.at(Cue.ARRIVE));
        List<String> meals = new ArrayList<>(1);
        for (Mention m : moved.mentions) {
            List<String> ids = m instanceof Mention.Meals x
                    ? x.ids()
                    : m instanceof Mention.Part p && m.end() <= verb && lexicon.mealOf(p.part()) != null
                            ? List.of(lexicon.mealOf(p.part()))
                            : List.of();
            for (String id : ids) if (!meals.contains(id)) meals.add(id);
        }
        return meals;
    }
}

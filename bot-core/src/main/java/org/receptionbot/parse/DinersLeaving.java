package org.receptionbot.parse;

import java.util.List;

/**
 * "安徽厅5人中午不吃了 上午10点40 G1374走", "宁波3人晚饭不吃 晚上6点40的ZH9808", "兵团三个晚饭吃 晚上9点10的CZ6886": people
 * said as who (a figure before the meal word, "5人中午", "三个晚饭"), then a departure of that day with no figure of its
 * own, are the people leaving. A figure after the meal word ("中午少5人", "晚饭30") is the meal's change or total, not
 * who leaves; the departure then keeps its own reading.
 */
final class DinersLeaving {

    private DinersLeaving() {}

    /**
     * Gives the departures just placed, with no figure, the people of the meal statement {@code meal} just before
     * them, when that statement says them as its subject and read into {@code last} with that figure.
     */
    static void give(Clause leaving, Clause meal, Draft last, List<Draft> placed, String original) {
        if (whole(leaving)) return;
        Integer n = subject(meal);
        if (n == null || last == null || !n.equals(last.count) || !eating(last)) return;
        if (!last.statement.equals(meal.words(original))) return;
        for (Draft d : placed)
            if (d.kind == Draft.Kind.DEPARTURE
                    && d.count == null
                    && d.team != null
                    && d.team.equals(last.team)
                    && d.date != null
                    && d.date.equals(last.date)) d.count = n;
    }

    /**
     * "云南6人 午饭在山庄吃完再走 下午2点45的KY8250": the people said just before, alone, then a meal eaten before
     * leaving with no figure or 照常 of its own: those people are the meal's diners as well as the leavers. The meal's
     * reading with their figure, or null.
     */
    static MealReading eatenFirst(Clause c, Clause before, MealReading meal, Lexicon lexicon) {
        if (!MealEating.thenLeaves(c) || c.has(Cue.AS_PLANNED) || c.has(Cue.REST)) return null;
        if (meal != null && (meal.kind() != Draft.Kind.MEAL_COUNT || meal.count() != null)) return null;
        if (!c.all(Mention.Count.class).isEmpty() || !c.teams().isEmpty()) return null;
        Integer n = peopleOnly(before);
        if (n == null) return null;
        List<String> meals = meal != null ? meal.meals() : mealsOf(c, lexicon);
        return meals.size() == 1 ? new MealReading(meals, Draft.Kind.MEAL_COUNT, n, false) : null;
    }

    /** "云南6人": a clause of a figure of people (and a delegation), nothing else; its figure, or null. */
    private static Integer peopleOnly(Clause c) {
        if (c == null || !c.bare() || c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) return null;
        for (Mention m : c.mentions) if (!(m instanceof Mention.Team) && !(m instanceof Mention.Count)) return null;
        return Figures.people(c);
    }

    /** The meal the clause names, by its word or by its part of the day (中午在山庄吃完饭再走: lunch). */
    private static List<String> mealsOf(Clause c, Lexicon lexicon) {
        List<Mention.Meals> named = c.all(Mention.Meals.class);
        if (!named.isEmpty()) return named.get(0).ids();
        List<Mention.Part> parts = c.all(Mention.Part.class);
        if (parts.size() != 1) return List.of();
        String meal = lexicon.mealOf(parts.get(0).part());
        return meal == null ? List.of() : List.of(meal);
    }

    /** "然后全团坐G530走": the whole delegation leaving, not the diners just said. */
    private static boolean whole(Clause c) {
        String said = c.span();
        for (String w : WHOLE) if (said.contains(w)) return true;
        return false;
    }

    private static final String[] WHOLE = {"全", "都", "所有", "大家", "我们", "咱们", "整个"};

    private static boolean eating(Draft d) {
        return d.kind == Draft.Kind.MEAL_CANCEL || d.kind == Draft.Kind.MEAL_COUNT;
    }

    /**
     * The figure with a unit of people said before the clause's first meal word, with no word of fewer, more or the
     * rest before it ("5人中午不吃了"); null otherwise.
     */
    private static Integer subject(Clause c) {
        if (c == null || c.has(Cue.REST) || c.has(Cue.AMONG) || c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) return null;
        int meal = Integer.MAX_VALUE;
        for (Mention.Meals m : c.all(Mention.Meals.class)) meal = Math.min(meal, m.start());
        for (Mention.Part m : c.all(Mention.Part.class)) meal = Math.min(meal, m.start());
        if (meal == Integer.MAX_VALUE) return null;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1) return null;
        Mention.Count n = counts.get(0);
        if (!n.unit() || n.end() > meal) return null;
        for (Cue relative : new Cue[] {Cue.FEWER, Cue.ADD})
            if (c.has(relative) && c.at(relative) < n.start()) return null;
        return n.value();
    }
}

package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The meals of a statement that names several days ("今天晚饭 还有明天的三餐 都不吃了", "今天晚饭和明天晚饭"):
 * each meal word takes the day said last before it, so one meal may be named on two days.
 */
final class MealDays {

    /** One meal on one day; {@code index} is the meal's place in the statement's meals. */
    record Serving(String meal, LocalDate date, int index) {}

    private MealDays() {}

    /** The servings named in the clause in order, each meal word with the day before it; empty when none. */
    static List<Serving> of(Clause c, List<String> meals, List<Mention.Day> days, Lexicon lexicon) {
        List<Serving> out = new ArrayList<>(4);
        boolean parts = c.all(Mention.Clock.class).isEmpty();
        LocalDate day = days.get(0).date();
        boolean later = false;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Day d) {
                later |= m != days.get(0);
                day = d.date();
            } else if (m instanceof Mention.Meals named) {
                for (String id : lexicon.inServingOrder(named.ids())) add(out, meals, id, day);
            } else if (m instanceof Mention.Part p && parts && later) {
                // 今天晚饭 明天中午和晚上都不吃了: a part of the day after the later day is that day's meal.
                String id = lexicon.mealOf(p.part());
                if (id != null) add(out, meals, id, day);
            }
        }
        return out;
    }

    private static void add(List<Serving> out, List<String> meals, String id, LocalDate day) {
        for (Serving s : out) if (s.meal.equals(id) && s.date.equals(day)) return;
        out.add(new Serving(id, day, meals.indexOf(id)));
    }
}

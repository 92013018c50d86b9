package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;

/** Reads "明天午餐", "23号晚饭", "午餐" into a date and a meal, for the meal and actual commands. */
final class DateMeal {
    private static final List<String> TAILS = List.of("人数", "情况", "统计", "报餐情况", "?", "？");
    private final Event event;

    DateMeal(Event event) {
        this.event = event;
    }

    /** /meals and 查看…: the date and meal in the text; unknown words make it an Unknown command. */
    Command meals(String text, LocalDate today) {
        String t = trimTail(text.strip());
        Optional<Meal> meal = mealIn(t);
        String dateWord = meal.map(m -> t.replace(nameIn(t, m), "")).orElse(t).strip();
        if (dateWord.isEmpty() || dateWord.equals("用餐"))
            return new Command.Meals(today, meal.map(Meal::id).orElse(null));
        Optional<LocalDate> date = DateWords.read(dateWord, today);
        return date.<Command>map(d -> new Command.Meals(d, meal.map(Meal::id).orElse(null)))
                .orElse(new Command.Unknown(text));
    }

    /** "明天早餐", "午餐人数": a meal with at most a date, and nothing else. */
    Command bareMealQuery(String text, LocalDate today) {
        String t = trimTail(text);
        Optional<Meal> meal = mealIn(t);
        if (meal.isEmpty()) return null;
        String dateWord = t.replace(nameIn(t, meal.get()), "").strip();
        if (dateWord.isEmpty()) return new Command.Meals(today, meal.get().id());
        return DateWords.read(dateWord, today)
                .<Command>map(d -> new Command.Meals(d, meal.get().id()))
                .orElse(null);
    }

    /**
     * "实到 九院 午餐 412": the word form of /actual, when it names a venue or a meal; else null, so "实到 四十来个吧"
     * or "实到 40人" is read as a head count.
     */
    Command actualWords(List<String> args, LocalDate today) {
        String first = args.isEmpty() ? "" : args.get(0).strip();
        boolean venue = !first.isEmpty()
                && event.venues().stream()
                        .anyMatch(
                                v -> v.id().equalsIgnoreCase(first) || v.name().contains(first));
        boolean meal = args.stream().anyMatch(a -> mealIn(a).isPresent());
        return venue || meal ? actual(args, today) : null;
    }

    /** /actual 九院 午餐 412 [日期] */
    Command actual(List<String> args, LocalDate today) {
        String venue = args.size() > 0 && !args.get(0).isBlank() ? args.get(0) : null;
        String meal = args.size() > 1 ? mealIn(args.get(1)).map(Meal::id).orElse(null) : null;
        Integer count = args.size() > 2 && args.get(2).matches("\\d{1,5}人?")
                ? Integer.valueOf(args.get(2).replace("人", ""))
                : null;
        LocalDate date = args.size() > 3 ? DateWords.read(args.get(3), today).orElse(null) : today;
        return new Command.Actual(venue, meal, count, date);
    }

    private Optional<Meal> mealIn(String t) {
        return event.meals().stream().filter(m -> nameIn(t, m) != null).findFirst();
    }

    private static String nameIn(String t, Meal m) {
        return m.names().stream().filter(t::contains).findFirst().orElse(null);
    }

    private static String trimTail(String t) {
        String s = t;
        for (String tail : TAILS) if (s.endsWith(tail)) s = s.substring(0, s.length() - tail.length());
        return s;
    }
}

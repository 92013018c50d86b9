package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A report with a meal's figure given as an estimate beside figures that were recorded ("中午30个
 * 晚上估计40个左右"): the estimate is not recorded, and the answer says so and asks for the figure
 * when it is known, instead of passing over it. A clock time said roughly ("晚上9点左右才到") is a time, not an
 * estimated figure.
 */
final class EstimatedMeals {
    private static final Pattern CLAUSE = Pattern.compile("[\\s，,。；;！!]+");
    private static final Pattern GUESS = Pattern.compile("估计|预计|大概|大约|左右|上下|来个|出头|差不多");
    private static final Pattern FIGURE = Pattern.compile("[0-9一二两三四五六七八九十]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A clock time (三点, 9点半, 5:30, 10点多): an approximate time is still a time, no estimated figure. */
    private static final Pattern CLOCK =
            Pattern.compile("[0-9零一二两三四五六七八九十]+\\s*(?:点|时|[:：][0-9]{2})(?:[0-9零一二三四五六七八九十]+分?|半|钟|多|一刻)?");

    private final UnclearFigures figures;

    EstimatedMeals(Event event) {
        this.figures = new UnclearFigures(event, null);
    }

    /** The line for each meal whose figure is only estimated and for which nothing was recorded. */
    Optional<String> note(String text, List<Record> recorded) {
        StringBuilder lines = new StringBuilder();
        for (String said : CLAUSE.split(text)) {
            String clause = CLOCK.matcher(said).replaceAll(" ").strip();
            if (!GUESS.matcher(clause).find() || !FIGURE.matcher(clause).find()) continue;
            Optional<Meal> meal = figures.meal(clause);
            if (meal.isEmpty() || recordedFor(meal.get(), recorded)) continue;
            if (!lines.isEmpty()) lines.append('\n');
            var digits = DIGITS.matcher(clause);
            String example = meal.get().label() + (digits.find() ? digits.group() : "30") + "人";
            lines.append(meal.get().label() + "“" + said + "”是估计数，未记录；确定后请报准确人数，如“" + example + "”。");
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.toString());
    }

    private static boolean recordedFor(Meal meal, List<Record> recorded) {
        return recorded.stream()
                .anyMatch(r -> r instanceof MealRecord m && meal.id().equals(m.meal()));
    }
}

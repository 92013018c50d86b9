package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A report with a meal's figure given as an estimate beside figures that were recorded ("中午30个
 * 晚上估计40个左右"): the estimate is not recorded, and the answer says so and asks for the figure
 * when it is known, instead of passing over it. A clock time said roughly ("晚上9点左右才到") is a time, not an
 * estimated figure. The estimate is of the day said in its statement or before it ("明天早饭40 午饭40 晚饭估计35个左右"
 * is tomorrow's dinner, asked although today's dinner was recorded).
 */
final class EstimatedMeals {
    static final Pattern CLAUSE = Pattern.compile("[\\s，,。；;！!]+");
    static final Pattern GUESS = Pattern.compile("估计|预计|大概|大约|左右|上下|来个|出头|差不多");
    private static final Pattern FIGURE = Pattern.compile("[0-9一二两三四五六七八九十]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A clock time (三点, 9点半, 5:30, 10点多): an approximate time is still a time, no estimated figure. */
    static final Pattern CLOCK =
            Pattern.compile("[0-9零一二两三四五六七八九十]+\\s*(?:点|时|[:：][0-9]{2})(?:[0-9零一二三四五六七八九十]+分?|半|钟|多|一刻)?");

    /** A day word, or a day of the month (23号, not 3号车). */
    private static final Pattern DAY = Pattern.compile("大后天|后天|明天|明日|明早|明晚|今天|今日|今早|今晚|([0-9]{1,2})[号日](?![车楼房])");
    /** A day of the month this many days before today is next month's. */
    private static final int HALF_MONTH = 15;

    private final UnclearFigures figures;

    EstimatedMeals(Event event) {
        this.figures = new UnclearFigures(event, null);
    }

    /**
     * The lines for the meals a message gives only as estimates, each with its question for the exact figure (for the
     * delegation of the message's meal records, or else the sender's), which a bare figure answers.
     */
    record Note(String text, List<Gap> gaps) {}

    /**
     * The line for each meal whose figure is only estimated and for which nothing was recorded on its day.
     *
     * @param today the day the message was sent, from which 明天 and 23号 are counted
     * @param sender the sender's delegation, or null
     */
    Optional<Note> note(String text, List<Record> recorded, LocalDate today, String sender) {
        StringBuilder lines = new StringBuilder();
        List<Gap> gaps = new ArrayList<>();
        String delegation = recorded.stream()
                .filter(r -> r instanceof MealRecord)
                .map(r -> ((MealRecord) r).delegation())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(sender);
        LocalDate day = null;
        for (String said : CLAUSE.split(text)) {
            day = daySaid(said, today).orElse(day);
            // 预计晚到20分钟: minutes late, a floor or a room are no estimated diners.
            String clause =
                    RoomNumbers.blank(CLOCK.matcher(said).replaceAll(" ")).strip();
            if (!GUESS.matcher(clause).find() || !FIGURE.matcher(clause).find()) continue;
            Optional<Meal> meal = figures.meal(clause);
            if (meal.isEmpty() || recordedFor(meal.get(), day, recorded)) continue;
            if (!lines.isEmpty()) lines.append('\n');
            var digits = DIGITS.matcher(clause);
            String figure = digits.find() ? digits.group() : null;
            String example = !UnclearFigures.change(clause)
                    ? meal.get().label() + (figure == null ? "30" : figure) + "人"
                    : meal.get().label()
                            + (UnclearFigures.draft(clause, "", today, meal.get()) instanceof MealAdd ? "加" : "少")
                            + (figure == null ? "10" : figure) + "人";
            lines.append(meal.get().label() + "“" + said + "”是估计数，未记录；确定后请报准确人数，如“" + example + "”。");
            if (delegation != null)
                gaps.add(new Gap(
                        Gap.Field.COUNT,
                        UnclearFigures.draft(clause, delegation, day == null ? today : day, meal.get()),
                        said));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Note(lines.toString(), gaps));
    }

    /** A record of the meal on {@code day}; on any day when the message named none. */
    private static boolean recordedFor(Meal meal, LocalDate day, List<Record> recorded) {
        return recorded.stream()
                .anyMatch(r -> r instanceof MealRecord m
                        && meal.id().equals(m.meal())
                        && (day == null || day.equals(m.date())));
    }

    /** The last day a statement names (今天, 明早, 后天, 23号), counted from {@code today}. */
    static Optional<LocalDate> daySaid(String said, LocalDate today) {
        LocalDate day = null;
        Matcher m = DAY.matcher(said);
        while (m.find()) {
            if (m.group(1) != null) {
                int date = Integer.parseInt(m.group(1));
                if (date < 1 || date > today.lengthOfMonth()) continue;
                LocalDate d = today.withDayOfMonth(date);
                day = d.isBefore(today.minusDays(HALF_MONTH)) ? d.plusMonths(1) : d;
            } else if (m.group().startsWith("大后")) day = today.plusDays(3);
            else if (m.group().startsWith("后")) day = today.plusDays(2);
            else if (m.group().startsWith("明")) day = today.plusDays(1);
            else day = today;
        }
        return Optional.ofNullable(day);
    }
}

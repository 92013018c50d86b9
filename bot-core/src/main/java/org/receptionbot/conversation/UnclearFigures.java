package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;

/**
 * The one question that settles a statement the parser could not read because its figure is not a
 * figure: an estimate ("二十来个") or a figure said to be another day's ("跟昨天一样"). Empty for
 * anything else, which keeps the plain "没能看懂" answer.
 */
final class UnclearFigures {
    /** 二十七八, 三四十, 五六个: two adjacent numerals in a row, a range said as an estimate. */
    private static final String ADJACENT = "(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)";

    static final Pattern VAGUE = Pattern.compile("(?:大概|大约|约|差不多)?[0-9一二两三四五六七八九十百]+(?:来|多|几|左右|上下|出头)[个人位]?"
            + "|(?:大概|大约|差不多|估计|预计|约莫)[0-9一二两三四五六七八九十百]++(?![点时:：0-9])[个人位]?(?:左右|上下)?"
            + "|[0-9一二两三四五六七八九十百]+[个人位](?:左右|上下)"
            + "|(?:[一二两三四五六七八九]?十)?" + ADJACENT + "(?:十[个人位]?|[个人位])"
            + "|[一二两三四五六七八九]?十" + ADJACENT + "(?![点时号:：0-9])");
    /** A change said of the figure ("少二十来个", "加十来个"): no estimate of the meal's whole figure. */
    private static final Pattern CHANGE = Pattern.compile("[少减加增添]|多了|多出");
    /** A change that adds diners ("多十来个", "加十几个", "增加二十个左右"); any other change takes some off. */
    private static final Pattern ADDS = Pattern.compile("[加增添]|多(?:了|出)?(?=[0-9一二两三四五六七八九十几]|个)");

    private static final Pattern SAME_DAY = Pattern.compile("(?:跟|和|与|同)(昨天|前天|今天)(?:的)?(?:一样|相同|差不多)");
    /** Halves of the day that hold 午 but name no meal. */
    private static final Pattern HALF_DAY = Pattern.compile("下午|上午|午后");

    private final Event event;
    private final MealBoards meals;
    private final DelegationNames names;

    UnclearFigures(Event event, MealBoards meals) {
        this.event = event;
        this.meals = meals;
        this.names = new DelegationNames(event);
    }

    Optional<String> question(String statement, Sender sender, LocalDate today) {
        String s = statement.strip();
        Optional<Meal> meal = meal(s);
        Matcher same = SAME_DAY.matcher(s);
        if (same.find()) return Optional.of(sameAs(s, same.group(1), meal, sender, today));
        Matcher vague = VAGUE.matcher(s);
        if (vague.find())
            return Optional.of("“" + vague.group() + "”是估计数，未记录。请报准确人数，如“"
                    + meal.map(m -> m.label()
                                    .substring(0, 1)
                                    .replace("午", "中午")
                                    .replace("晚", "晚上")
                                    .replace("早", "早上"))
                            .orElse("中午")
                    + "22人”。");
        return Optional.empty();
    }

    /**
     * The question for the exact figure of a meal a statement gives as an estimate ("福建中午二十来个吧 还在比赛"), or
     * of a change it gives so ("晚上估计少十来个"), for the delegation it names or else the sender's, on the day it
     * names or else today: open, so the sender's bare figure answers it. Empty when the statement gives no estimated
     * figure of a meal. A statement naming no day is of the day said before it in the message ({@code text}: "北京明天中午少5个
     * 晚上三十七八个吧" asks of tomorrow's dinner), or else of the day of the meals read beside it when they are all of one
     * later day ("中午30 晚上三十来个" sent in the evening), so the bare figure that answers it keeps that day.
     */
    Optional<Gap> estimated(Gap unclear, Sender sender, LocalDate today, String text, List<Record> read) {
        String s = unclear.statement().strip();
        Optional<Meal> meal = meal(s);
        if (meal.isEmpty() || !VAGUE.matcher(s).find()) return Optional.empty();
        String delegation = names.in(s).map(n -> n.delegation().id()).orElse(sender.delegation());
        if (delegation == null) return Optional.empty();
        LocalDate day = EstimatedMeals.daySaid(s, today)
                .or(() -> saidBefore(text, s, today))
                .or(() -> readDay(read, today))
                .orElse(today);
        return Optional.of(new Gap(Gap.Field.COUNT, draft(s, delegation, day, meal.get()), s));
    }

    /** The last day named in {@code text} before {@code statement}; empty when none or the statement is not found. */
    private static Optional<LocalDate> saidBefore(String text, String statement, LocalDate today) {
        int at = text == null ? -1 : text.indexOf(statement);
        return at <= 0 ? Optional.empty() : EstimatedMeals.daySaid(text.substring(0, at), today);
    }

    /** The one day after today of all the meal records read, if they share one. */
    private static Optional<LocalDate> readDay(List<Record> read, LocalDate today) {
        List<LocalDate> days = read.stream()
                .filter(MealRecord.class::isInstance)
                .map(r -> ((MealRecord) r).date())
                .distinct()
                .toList();
        return days.size() == 1 && days.get(0).isAfter(today) ? Optional.of(days.get(0)) : Optional.empty();
    }

    /**
     * The record a bare figure completes for a meal's estimate said in {@code said}: its whole figure, or the change
     * said ("少二十来个" takes diners off, "多十来个" adds them), the count left for the answer.
     */
    static MealRecord draft(String said, String delegation, LocalDate day, Meal meal) {
        if (!CHANGE.matcher(said).find()) return new MealCount(delegation, day, meal.id(), null);
        return ADDS.matcher(said).find()
                ? new MealAdd(delegation, day, meal.id(), 0)
                : new MealCancel(delegation, day, meal.id(), 0);
    }

    /** Whether {@code said} gives a change of a meal's figure rather than its whole figure. */
    static boolean change(String said) {
        return CHANGE.matcher(said).find();
    }

    private String sameAs(String s, String word, Optional<Meal> meal, Sender sender, LocalDate today) {
        LocalDate day = s.contains("后天") ? today.plusDays(2) : s.contains("明天") ? today.plusDays(1) : today;
        LocalDate other = switch (word) {
            case "前天" -> today.minusDays(2);
            case "昨天" -> today.minusDays(1);
            default -> today;
        };
        String label = meal.map(Meal::label).orElse("用餐");
        String target = Texts.day(day) + label;
        if (meal.isEmpty() || sender.delegation() == null || !event.covers(other))
            return "“" + word + "”的人数无法确定，未记录。请报" + target + "的准确人数，如“" + label + "30人”。";
        int figure = meals.count(other, meal.get(), sender.delegation()).diners();
        return "未记录：" + word + "（" + Texts.day(other) + "）" + label + "记录为" + figure + "人。" + target + "是否也按" + figure
                + "人？请回复“" + label + figure + "人”确认，或直接报准确人数。";
    }

    /** The meal a statement names, by its names or by 早/午/晚; none for a late-night meal the event does not plan. */
    Optional<Meal> meal(String s) {
        for (Meal m : event.meals()) if (m.names().stream().anyMatch(s::contains)) return Optional.of(m);
        // 今晚宵夜5份 on an event that plans no late-night meal: no meal of the event, never the dinner of 晚
        if (s.contains("宵夜") || s.contains("夜宵") || s.contains("夜餐")) return Optional.empty();
        // 下午, 上午, 午后 are times of the day, no meal: "今天下午有4个人先回福州" names no lunch
        String bare = HALF_DAY.matcher(s).replaceAll(" ");
        String key = bare.contains("午") ? "午" : bare.contains("晚") ? "晚" : bare.contains("早") ? "早" : null;
        if (key == null) return Optional.empty();
        return event.meals().stream().filter(m -> m.label().contains(key)).findFirst();
    }
}

package org.receptionbot.adapters.sandbox;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;

/**
 * What a new user must know when the sandbox opens after today's meals have begun: a served meal's reported figure is
 * the settlement basis and no longer changes, so "今晚少5人" typed at 18:30 is not recorded. The opening lines name the
 * meals already opened, what can still be reported, and the {@code :time} line that rehearses the day from the morning.
 */
final class OpenedMeals {
    /** The hour the README's quick start rehearses from. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private OpenedMeals() {}

    /**
     * "提示：现在是11月30日（周一）18:30，今天的早餐、午餐、晚餐已开餐，…"; empty when no meal of today has begun (or
     * no meals are served today).
     */
    static Optional<String> hint(Event event, ZonedDateTime now) {
        if (!event.serves(now.toLocalDate())) return Optional.empty();
        LocalTime time = now.toLocalTime();
        List<Meal> opened = event.meals().stream()
                .filter(m -> !time.isBefore(m.serveFrom()))
                .toList();
        if (opened.isEmpty()) return Optional.empty();
        List<Meal> ahead =
                event.meals().stream().filter(m -> time.isBefore(m.serveFrom())).toList();
        Meal last = opened.get(opened.size() - 1);
        StringBuilder s = new StringBuilder("提示：现在是")
                .append(PretendTime.show(now))
                .append("，今天的")
                .append(labels(opened))
                .append("已开餐，报餐人数是结算依据，不再变更（如“今天")
                .append(last.label())
                .append("少5人”不予记录）；");
        boolean tomorrow = event.serves(now.toLocalDate().plusDays(1));
        if (!ahead.isEmpty()) s.append("今天的").append(labels(ahead)).append(tomorrow ? "和" : "仍可报送。");
        if (tomorrow) s.append("明天的餐仍可报送，如“明天").append(last.label()).append("少5人”。");
        else if (ahead.isEmpty()) s.append("今天是最后一天，各餐均已开餐。");
        if (time.isAfter(MORNING)) s.append("要从早上开始演练这一天，请先输入 :time 08:00。");
        return Optional.of(s.toString());
    }

    private static String labels(List<Meal> meals) {
        return String.join("、", meals.stream().map(Meal::label).toList());
    }
}

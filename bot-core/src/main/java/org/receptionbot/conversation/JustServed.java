package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * A meal named without a date is its next serving not yet ended (the records contract), so "中午按原计划"
 * after today's lunch is tomorrow's. Right after the meal was served (no later meal of the day has
 * begun) the sender may have meant the one just eaten: the answer says plainly that it took tomorrow's
 * and how to take it back. A message naming its day, or a meal served longer ago, needs no such word.
 */
final class JustServed {
    private static final Pattern DAY_WORD =
            Pattern.compile("[今明昨]|[前后]天|\\d{1,2}\\s*[号日]|\\d{1,2}\\s*[月/.-]\\s*\\d{1,2}|周[一二三四五六日天末]|星期|礼拜");
    private final Event event;

    JustServed(Event event) {
        this.event = event;
    }

    /** The line saying which day was taken, for each meal of {@code recorded} that was just served today. */
    Optional<String> note(String text, List<Record> recorded, Instant now) {
        if (DAY_WORD.matcher(text).find()) return Optional.empty();
        LocalDateTime at = LocalDateTime.ofInstant(now, event.zone());
        return recorded.stream()
                .filter(MealRecord.class::isInstance)
                .map(MealRecord.class::cast)
                .filter(m -> at.toLocalDate().plusDays(1).equals(m.date()))
                .map(m -> event.meal(m.meal()).orElse(null))
                .filter(m -> m != null && justServed(m, at))
                .distinct()
                .findFirst()
                .map(m -> "说明：今天的" + m.label() + "已于" + Texts.time(m.serveTo()) + "结束，以上按明天（"
                        + Texts.day(at.toLocalDate().plusDays(1)) + "）的" + m.label() + "记录；如指的不是明天，请发送“撤销”后注明日期重报。");
    }

    /** Whether today's serving of {@code meal} has ended and no other meal has begun since. */
    private boolean justServed(Meal meal, LocalDateTime at) {
        if (at.toLocalTime().isBefore(meal.serveTo())) return false;
        return event.meals().stream()
                .filter(m -> m != meal && !m.onRequest())
                .noneMatch(m -> m.serveFrom().isAfter(meal.serveTo())
                        && !at.toLocalTime().isBefore(m.serveFrom()));
    }
}

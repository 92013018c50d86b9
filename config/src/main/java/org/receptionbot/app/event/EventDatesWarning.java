package org.receptionbot.app.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.receptionbot.event.Event;

/**
 * A warning (not an error) when an event file's dates look like a copy left unchanged: the event has
 * already ended, or starts more than {@link #FAR_AHEAD_DAYS} days ahead.
 */
final class EventDatesWarning {
    static final int FAR_AHEAD_DAYS = 60;

    private EventDatesWarning() {}

    static Optional<String> of(Event e, LocalDate today) {
        String dates = e.start() + " 至 " + e.end();
        if (e.end().isBefore(today))
            return Optional.of("⚠ 注意：活动日期 " + dates + " 已经结束（今天是 " + today + "）。如是复制的示例文件，请把日期改为实际活动的日期。");
        long ahead = ChronoUnit.DAYS.between(today, e.start());
        if (ahead > FAR_AHEAD_DAYS)
            return Optional.of("⚠ 注意：活动日期 " + dates + " 距今天（" + today + "）还有 " + ahead + " 天，请核实日期是否正确。");
        return Optional.empty();
    }
}

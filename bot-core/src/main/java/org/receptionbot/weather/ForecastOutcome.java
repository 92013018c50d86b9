package org.receptionbot.weather;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the weather service answered: the days asked for, or why it could not. */
public sealed interface ForecastOutcome {

    /** The forecast, one entry per day. */
    record Available(List<DailyForecast> days) implements ForecastOutcome {
        public Available {
            days = List.copyOf(days);
        }

        public Optional<DailyForecast> day(LocalDate date) {
            return days.stream().filter(d -> d.date().equals(date)).findFirst();
        }
    }

    /** The service failed, timed out or answered something unreadable; {@code reason} is for logs. */
    record Unavailable(String reason) implements ForecastOutcome {}
}

package org.receptionbot.weather;

import java.util.List;

/** What an evening weather check did. */
public sealed interface WeatherCheckResult {

    /** The forecast was read; {@code sent} are the new warnings given to the group, possibly none. */
    record Checked(List<WeatherWarning> sent) implements WeatherCheckResult {
        public Checked {
            sent = List.copyOf(sent);
        }
    }

    /** The service failed every attempt; the coordinators were told. */
    record ServiceDown(String reason) implements WeatherCheckResult {}
}

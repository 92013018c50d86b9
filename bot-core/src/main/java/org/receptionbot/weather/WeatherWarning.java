package org.receptionbot.weather;

import java.time.LocalDate;

/**
 * One warning about one day: the kind, so it is given once per day, and the text for the group.
 *
 * @param text plain Chinese: what is coming and what to do
 */
public record WeatherWarning(LocalDate date, Kind kind, String text) {

    /** The kinds of warning; each is given at most once per day. */
    public enum Kind {
        TEMPERATURE_DROP,
        COLD,
        RAIN,
        WIND,
        THUNDERSTORM,
        HEAT
    }
}

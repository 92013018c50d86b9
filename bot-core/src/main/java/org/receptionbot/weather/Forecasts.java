package org.receptionbot.weather;

import java.time.LocalDate;
import java.time.ZoneId;

/** The weather service: daily forecasts at a place, days counted in the event's time zone. */
public interface Forecasts {

    /**
     * The forecast for each day from {@code from} to {@code to}, both included, in date order; or
     * why there is none. Never throws for a service that fails or is slow.
     */
    ForecastOutcome daily(double latitude, double longitude, ZoneId zone, LocalDate from, LocalDate to);
}

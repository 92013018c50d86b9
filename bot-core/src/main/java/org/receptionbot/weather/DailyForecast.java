package org.receptionbot.weather;

import java.time.LocalDate;

/**
 * The forecast for one day at one place.
 *
 * @param minTemperature daily low, °C
 * @param maxTemperature daily high, °C
 * @param precipitationProbability highest chance of precipitation during the day, percent
 * @param precipitationSum total precipitation, mm
 * @param maxWindSpeed strongest sustained wind, km/h
 * @param maxWindGusts strongest gust, km/h
 * @param weatherCode WMO weather code of the day (95 to 99: thunderstorm)
 */
public record DailyForecast(
        LocalDate date,
        double minTemperature,
        double maxTemperature,
        int precipitationProbability,
        double precipitationSum,
        double maxWindSpeed,
        double maxWindGusts,
        int weatherCode) {

    public DailyForecast {
        if (date == null) throw new IllegalArgumentException("date is null");
        if (minTemperature > maxTemperature)
            throw new IllegalArgumentException(
                    "minTemperature " + minTemperature + " > maxTemperature " + maxTemperature);
    }

    /** WMO codes 95, 96 and 99 are thunderstorms. */
    public boolean thunderstorm() {
        return weatherCode >= 95 && weatherCode <= 99;
    }
}

package org.receptionbot.weather;

/**
 * Thresholds of the weather rules and how hard to try the service.
 *
 * @param temperatureDrop a fall of the daily low or high by at least this many °C is a cold front
 * @param coldLow a daily low under this is cold, °C
 * @param rainProbability a chance of precipitation of at least this, percent, is rain likely
 * @param rainSum at least this much precipitation, mm, is rain likely
 * @param windSpeed sustained wind of at least this, km/h, is strong wind
 * @param windGusts gusts of at least this, km/h, are strong wind
 * @param heat a daily high of at least this is heat, °C
 * @param attempts how many times to ask the service before telling the coordinators it failed
 */
public record WeatherSettings(
        double temperatureDrop,
        double coldLow,
        int rainProbability,
        double rainSum,
        double windSpeed,
        double windGusts,
        double heat,
        int attempts) {

    public WeatherSettings {
        if (temperatureDrop <= 0) throw new IllegalArgumentException("temperatureDrop must be > 0: " + temperatureDrop);
        if (rainProbability < 0 || rainProbability > 100)
            throw new IllegalArgumentException("rainProbability must be 0..100: " + rainProbability);
        if (rainSum <= 0) throw new IllegalArgumentException("rainSum must be > 0: " + rainSum);
        if (windSpeed <= 0 || windGusts <= 0) throw new IllegalArgumentException("wind thresholds must be > 0");
        if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
    }

    /** 6 °C drop, low under 5 °C, rain 60 % or 10 mm, wind 39 km/h (force 6) or gusts 62 km/h, heat 35 °C. */
    public static WeatherSettings defaults() {
        return new WeatherSettings(6, 5, 60, 10, 39, 62, 35, 3);
    }
}

package org.receptionbot.app.scheduling;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import org.receptionbot.weather.WeatherSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code reception.weather.*}: which service, when to check, and the warning thresholds. */
@ConfigurationProperties("reception.weather")
public record WeatherProperties(
        @DefaultValue("open-meteo") String provider,
        @DefaultValue("https://api.open-meteo.com") URI baseUrl,
        String key,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("20:00") LocalTime checkAt,
        @DefaultValue("6") double temperatureDrop,
        @DefaultValue("5") double coldLow,
        @DefaultValue("60") int rainProbability,
        @DefaultValue("10") double rainSum,
        @DefaultValue("39") double windSpeed,
        @DefaultValue("62") double windGusts,
        @DefaultValue("35") double heat,
        @DefaultValue("3") int attempts) {

    public WeatherProperties {
        if (!provider.equals("open-meteo") && !provider.equals("qweather") && !provider.equals("none"))
            throw new IllegalArgumentException(
                    "reception.weather.provider must be open-meteo, qweather or none: " + provider);
        if (provider.equals("qweather") && (key == null || key.isBlank()))
            throw new IllegalArgumentException("reception.weather.key is required for provider qweather");
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("reception.weather.timeout must be positive: " + timeout);
    }

    WeatherSettings settings() {
        return new WeatherSettings(
                temperatureDrop, coldLow, rainProbability, rainSum, windSpeed, windGusts, heat, attempts);
    }
}

package org.receptionbot.adapters.weather;

import java.net.URI;
import java.time.Duration;
import org.receptionbot.weather.Forecasts;

/** Builds the weather adapters for the composition root. */
public final class WeatherAdapters {

    private WeatherAdapters() {}

    /**
     * Open-Meteo's forecast API.
     *
     * @param baseUrl e.g. {@code https://api.open-meteo.com}; {@code /v1/forecast} is appended
     * @param timeout for connecting and for the whole answer
     */
    public static Forecasts openMeteo(URI baseUrl, Duration timeout) {
        return new OpenMeteoForecasts(new JsonHttp(timeout), baseUrl);
    }

    /**
     * QWeather's 7-day forecast.
     *
     * @param baseUrl the account's API host, e.g. {@code https://devapi.qweather.com}; {@code /v7/weather/7d} is appended
     * @param key the API key, sent as header {@code X-QW-Api-Key}
     */
    public static Forecasts qWeather(URI baseUrl, String key, Duration timeout) {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("QWeather key is blank");
        return new QWeatherForecasts(new JsonHttp(timeout), baseUrl, key);
    }
}

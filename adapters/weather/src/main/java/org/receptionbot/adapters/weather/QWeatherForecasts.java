package org.receptionbot.adapters.weather;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptionbot.weather.DailyForecast;
import org.receptionbot.weather.ForecastOutcome;
import org.receptionbot.weather.Forecasts;
import tools.jackson.databind.JsonNode;

/**
 * QWeather's {@code /v7/weather/7d}. QWeather gives no chance of rain and no gusts per day: a rain
 * icon (300-399) counts as 80 %, thunder icons (302-304) as WMO 95, and gusts as the wind speed.
 */
final class QWeatherForecasts implements Forecasts {

    private final JsonHttp http;
    private final URI baseUrl;
    private final String key;

    QWeatherForecasts(JsonHttp http, URI baseUrl, String key) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.key = key;
    }

    @Override
    public ForecastOutcome daily(double latitude, double longitude, ZoneId zone, LocalDate from, LocalDate to) {
        String query = String.format(Locale.ROOT, "/v7/weather/7d?location=%.2f,%.2f", longitude, latitude);
        JsonHttp.Answer answer =
                http.get(URI.create(OpenMeteoForecasts.stripSlash(baseUrl) + query), Map.of("X-QW-Api-Key", key));
        if (answer.failure() != null) return new ForecastOutcome.Unavailable("QWeather: " + answer.failure());
        if (!"200".equals(answer.body().path("code").asString(""))) {
            return new ForecastOutcome.Unavailable(
                    "QWeather: code " + answer.body().path("code").asString("?"));
        }
        try {
            List<DailyForecast> days = new ArrayList<>();
            for (JsonNode d : answer.body().path("daily")) {
                DailyForecast day = day(d);
                if (!day.date().isBefore(from) && !day.date().isAfter(to)) days.add(day);
            }
            return new ForecastOutcome.Available(days);
        } catch (RuntimeException e) {
            return new ForecastOutcome.Unavailable("QWeather: unreadable daily data: " + e.getMessage());
        }
    }

    private static DailyForecast day(JsonNode d) {
        int iconDay = num(d, "iconDay");
        int iconNight = num(d, "iconNight");
        boolean rain = rain(iconDay) || rain(iconNight);
        boolean thunder = thunder(iconDay) || thunder(iconNight);
        double wind = Math.max(num(d, "windSpeedDay"), num(d, "windSpeedNight"));
        return new DailyForecast(
                LocalDate.parse(d.path("fxDate").asString()),
                num(d, "tempMin"),
                num(d, "tempMax"),
                rain ? 80 : 0,
                Double.parseDouble(d.path("precip").asString("0")),
                wind,
                wind,
                thunder ? 95 : 0);
    }

    private static boolean rain(int icon) {
        return icon >= 300 && icon < 400;
    }

    private static boolean thunder(int icon) {
        return icon >= 302 && icon <= 304;
    }

    private static int num(JsonNode d, String field) {
        String text = d.path(field).asString("0");
        return text.isBlank() ? 0 : (int) Math.round(Double.parseDouble(text));
    }
}

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

/** Open-Meteo's {@code /v1/forecast} with daily aggregates in the event's time zone. */
final class OpenMeteoForecasts implements Forecasts {

    private static final String DAILY = "temperature_2m_min,temperature_2m_max,precipitation_probability_max,"
            + "precipitation_sum,wind_speed_10m_max,wind_gusts_10m_max,weather_code";

    private final JsonHttp http;
    private final URI baseUrl;

    OpenMeteoForecasts(JsonHttp http, URI baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    @Override
    public ForecastOutcome daily(double latitude, double longitude, ZoneId zone, LocalDate from, LocalDate to) {
        String query = String.format(
                Locale.ROOT,
                "/v1/forecast?latitude=%.4f&longitude=%.4f&daily=%s&timezone=%s&start_date=%s&end_date=%s&wind_speed_unit=kmh",
                latitude,
                longitude,
                DAILY,
                zone.getId(),
                from,
                to);
        JsonHttp.Answer answer = http.get(URI.create(stripSlash(baseUrl) + query), Map.of());
        if (answer.failure() != null) return new ForecastOutcome.Unavailable("Open-Meteo: " + answer.failure());
        JsonNode daily = answer.body().path("daily");
        JsonNode time = daily.path("time");
        if (!time.isArray() || time.isEmpty()) return new ForecastOutcome.Unavailable("Open-Meteo: no daily.time");
        try {
            List<DailyForecast> days = new ArrayList<>();
            for (int i = 0; i < time.size(); i++) days.add(day(daily, i));
            return new ForecastOutcome.Available(days);
        } catch (RuntimeException e) {
            return new ForecastOutcome.Unavailable("Open-Meteo: unreadable daily data: " + e.getMessage());
        }
    }

    private static DailyForecast day(JsonNode daily, int i) {
        return new DailyForecast(
                LocalDate.parse(daily.path("time").get(i).asString()),
                number(daily, "temperature_2m_min", i),
                number(daily, "temperature_2m_max", i),
                (int) Math.round(number(daily, "precipitation_probability_max", i)),
                number(daily, "precipitation_sum", i),
                number(daily, "wind_speed_10m_max", i),
                number(daily, "wind_gusts_10m_max", i),
                (int) number(daily, "weather_code", i));
    }

    /** Missing values (null in Open-Meteo's arrays) count as zero: no rain, no wind known. */
    private static double number(JsonNode daily, String field, int i) {
        JsonNode value = daily.path(field).path(i);
        return value.isNumber() ? value.asDouble() : 0;
    }

    static String stripSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

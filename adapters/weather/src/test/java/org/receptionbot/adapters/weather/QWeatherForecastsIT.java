package org.receptionbot.adapters.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.receptionbot.weather.ForecastOutcome;

class QWeatherForecastsIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void givenSevenDayAnswerThenDaysInRangeWithKeyHeader() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("""
                    {"code":"200","daily":[
                     {"fxDate":"2026-11-22","tempMax":"19","tempMin":"12","iconDay":"100","iconNight":"150","precip":"0.0","windSpeedDay":"10","windSpeedNight":"8"},
                     {"fxDate":"2026-11-23","tempMax":"9","tempMin":"2","iconDay":"302","iconNight":"305","precip":"12.5","windSpeedDay":"20","windSpeedNight":"41"},
                     {"fxDate":"2026-11-24","tempMax":"10","tempMin":"3","iconDay":"101","iconNight":"150","precip":"0.0","windSpeedDay":"5","windSpeedNight":"5"}]}
                    """).build());
            var forecasts =
                    WeatherAdapters.qWeather(URI.create(server.url("/").toString()), "k3y", Duration.ofSeconds(2));

            var outcome = forecasts.daily(30.27, 109.49, ZoneId.of("Asia/Shanghai"), TODAY, TODAY.plusDays(1));

            assertThat(outcome).isInstanceOfSatisfying(ForecastOutcome.Available.class, a -> {
                assertThat(a.days()).hasSize(2);
                var tomorrow = a.day(TODAY.plusDays(1)).orElseThrow();
                assertThat(tomorrow.minTemperature()).isEqualTo(2);
                assertThat(tomorrow.precipitationProbability()).isEqualTo(80);
                assertThat(tomorrow.maxWindSpeed()).isEqualTo(41);
                assertThat(tomorrow.thunderstorm()).isTrue();
            });
            var request = server.takeRequest();
            assertThat(request.getHeaders().get("X-QW-Api-Key")).isEqualTo("k3y");
            assertThat(request.getTarget()).isEqualTo("/v7/weather/7d?location=109.49,30.27");
        }
    }

    @Test
    void givenErrorCodeThenUnavailable() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("{\"code\":\"401\"}").build());
            var forecasts =
                    WeatherAdapters.qWeather(URI.create(server.url("/").toString()), "bad", Duration.ofSeconds(2));

            assertThat(forecasts.daily(30.27, 109.49, ZoneId.of("Asia/Shanghai"), TODAY, TODAY))
                    .isEqualTo(new ForecastOutcome.Unavailable("QWeather: code 401"));
        }
    }
}

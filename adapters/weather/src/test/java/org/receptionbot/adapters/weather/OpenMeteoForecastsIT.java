package org.receptionbot.adapters.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.weather.InMemoryWarningMemory;
import org.receptionbot.weather.WeatherCheck;
import org.receptionbot.weather.WeatherCheckResult;
import org.receptionbot.weather.WeatherSettings;
import org.receptionbot.weather.WeatherWarning.Kind;

class OpenMeteoForecastsIT {

    // 20:00 in Shanghai on 2026-11-22.
    static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneId.of("UTC"));

    final MockWebServer server = new MockWebServer();
    final List<Reply> sent = new ArrayList<>();
    WeatherCheck check;

    @BeforeEach
    void start() throws Exception {
        server.start();
        var forecasts = WeatherAdapters.openMeteo(URI.create(server.url("/").toString()), Duration.ofMillis(500));
        check = new WeatherCheck(
                TestEvents.withPeople(), forecasts, new InMemoryWarningMemory(), sent::add, WeatherSettings.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenColdFrontThenGroupIsToldToDressWarmly() throws Exception {
        server.enqueue(
                json(daily("[12.4, 2.1]", "[19.8, 9.5]", "[10, 20]", "[0.0, 0.4]", "[11, 24]", "[22, 40]", "[2, 3]")));

        var result = check.run(EVENING);

        assertThat(result)
                .isInstanceOfSatisfying(
                        WeatherCheckResult.Checked.class,
                        c -> assertThat(c.sent())
                                .extracting(w -> w.kind())
                                .containsExactly(Kind.TEMPERATURE_DROP, Kind.COLD));
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).contains("最低2.1℃", "增添衣物"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget())
                .startsWith("/v1/forecast?latitude=30.2700&longitude=109.4900")
                .contains("timezone=Asia/Shanghai", "start_date=2026-11-22", "end_date=2026-11-23");
    }

    @Test
    void givenRainThenRainWarningWithNullsTolerated() {
        server.enqueue(
                json(daily("[12, 11]", "[19, 17]", "[10, 85]", "[0, 14.2]", "[11, null]", "[22, null]", "[2, 63]")));

        check.run(EVENING);

        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).contains("降水概率85%", "14.2毫米"));
    }

    @Test
    void givenCalmWeatherThenSilence() {
        server.enqueue(json(daily("[12, 11]", "[19, 18]", "[10, 20]", "[0, 0]", "[11, 12]", "[22, 25]", "[1, 2]")));

        assertThat(check.run(EVENING)).isEqualTo(new WeatherCheckResult.Checked(List.of()));
        assertThat(sent).isEmpty();
    }

    @Test
    void givenServerErrorsThenRetriedThenCoordinatorsTold() {
        for (int i = 0; i < 3; i++)
            server.enqueue(new MockResponse.Builder().code(500).body("oops").build());

        var result = check.run(EVENING);

        assertThat(result).isEqualTo(new WeatherCheckResult.ServiceDown("Open-Meteo: HTTP 500"));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.chat().chatId()).isEqualTo("coordinators");
            assertThat(r.text()).contains("天气预报服务暂时无法获取");
        });
    }

    @Test
    void givenTimeoutThenRetrySucceeds() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{}")
                .build());
        server.enqueue(json(daily("[20, 22]", "[30, 36]", "[0, 0]", "[0, 0]", "[5, 5]", "[10, 10]", "[0, 0]")));

        check.run(EVENING);

        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).contains("高温"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static String daily(String min, String max, String pop, String sum, String wind, String gust, String code) {
        return """
                {"latitude":30.27,"longitude":109.49,"timezone":"Asia/Shanghai",
                 "daily_units":{"temperature_2m_min":"°C"},
                 "daily":{"time":["2026-11-22","2026-11-23"],
                  "temperature_2m_min":%s,"temperature_2m_max":%s,"precipitation_probability_max":%s,
                  "precipitation_sum":%s,"wind_speed_10m_max":%s,"wind_gusts_10m_max":%s,"weather_code":%s}}
                """.formatted(min, max, pop, sum, wind, gust, code);
    }
}

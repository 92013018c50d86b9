package org.receptionbot.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;

class WeatherCheckTest {

    // 2026-11-22 20:00 in Shanghai is 12:00 UTC: "today" must be the 22nd whatever the server zone.
    static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final List<Reply> sent = new ArrayList<>();
    final ScriptedForecasts forecasts = new ScriptedForecasts();
    final WeatherCheck check = new WeatherCheck(
            TestEvents.withPeople(), forecasts, new InMemoryWarningMemory(), sent::add, WeatherSettings.defaults());

    @Test
    void givenColdFrontThenGroupIsWarnedOnceInOneMessage() {
        forecasts.answer(available(WeatherRulesTest.day(TODAY.plusDays(1), 2, 12, 80, 15, 10, 20, 63)));

        var result = check.run(EVENING);

        assertThat(result).isInstanceOf(WeatherCheckResult.Checked.class);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.chat().chatId()).isEqualTo("group");
            assertThat(r.text()).startsWith("【天气提醒】").contains("明显降温", "注意保暖", "雨具");
        });
        assertThat(forecasts.askedFor).containsExactly(List.of(TODAY, TODAY.plusDays(1)));
    }

    @Test
    void givenSameWarningAgainThenSilence() {
        forecasts.answer(available(WeatherRulesTest.day(TODAY.plusDays(1), 2, 12, 0, 0, 10, 20, 1)));
        check.run(EVENING);
        forecasts.answer(available(WeatherRulesTest.day(TODAY.plusDays(1), 2, 12, 0, 0, 10, 20, 1)));

        var again = check.run(EVENING);

        assertThat(sent).hasSize(1);
        assertThat(again).isEqualTo(new WeatherCheckResult.Checked(List.of()));
    }

    @Test
    void givenServiceFailsOnceThenRetryWarns() {
        forecasts.answer(new ForecastOutcome.Unavailable("HTTP 500"));
        forecasts.answer(available(WeatherRulesTest.day(TODAY.plusDays(1), 12, 37, 0, 0, 10, 20, 1)));

        check.run(EVENING);

        assertThat(sent).singleElement().extracting(Reply::text).asString().contains("高温");
    }

    @Test
    void givenServiceFailsEveryAttemptThenCoordinatorsAreTold() {
        for (int i = 0; i < 3; i++) forecasts.answer(new ForecastOutcome.Unavailable("timeout"));

        var result = check.run(EVENING);

        assertThat(result).isEqualTo(new WeatherCheckResult.ServiceDown("timeout"));
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.chat().chatId()).isEqualTo("coordinators");
            assertThat(r.text()).contains("天气预报服务暂时无法获取", "重试3次");
        });
    }

    static ForecastOutcome available(DailyForecast tomorrow) {
        return new ForecastOutcome.Available(List.of(WeatherRulesTest.MILD, tomorrow));
    }

    static final class ScriptedForecasts implements Forecasts {
        final List<ForecastOutcome> answers = new ArrayList<>();
        final List<List<LocalDate>> askedFor = new ArrayList<>();

        void answer(ForecastOutcome outcome) {
            answers.add(outcome);
        }

        @Override
        public ForecastOutcome daily(double latitude, double longitude, ZoneId zone, LocalDate from, LocalDate to) {
            askedFor.add(List.of(from, to));
            return answers.remove(0);
        }
    }
}

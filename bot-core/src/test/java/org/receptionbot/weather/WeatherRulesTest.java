package org.receptionbot.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.weather.WeatherWarning.Kind;

class WeatherRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final DailyForecast MILD = day(TODAY, 12, 20, 10, 0, 10, 20, 1);

    final WeatherRules rules = new WeatherRules(WeatherSettings.defaults());

    static DailyForecast day(
            LocalDate date, double min, double max, int pop, double mm, double wind, double gust, int code) {
        return new DailyForecast(date, min, max, pop, mm, wind, gust, code);
    }

    @Test
    void givenCalmDaysThenNoWarning() {
        assertThat(rules.warnings(MILD, day(TODAY.plusDays(1), 11, 19, 20, 0.5, 12, 25, 2)))
                .isEmpty();
    }

    @Test
    void givenLowFallingBySixDegreesToUnderFiveThenDropAndColdWithAdvice() {
        var warnings = rules.warnings(MILD, day(TODAY.plusDays(1), 3, 15, 0, 0, 10, 20, 1));

        assertThat(warnings).extracting(WeatherWarning::kind).containsExactly(Kind.TEMPERATURE_DROP, Kind.COLD);
        assertThat(warnings.get(0).text()).startsWith("明天（11月23日，周一）明显降温").contains("最低3℃", "降幅9℃", "增添衣物");
        assertThat(warnings.get(1).text()).contains("最低气温3℃", "注意保暖");
    }

    @Test
    void givenHighFallingByFiveOnlyThenNoDrop() {
        assertThat(rules.warnings(MILD, day(TODAY.plusDays(1), 8, 15, 0, 0, 10, 20, 1)))
                .isEmpty();
    }

    @Test
    void givenRainLikelyByProbabilityOrBySumThenRain() {
        assertThat(rules.warnings(MILD, day(TODAY.plusDays(1), 12, 20, 60, 2, 10, 20, 61)))
                .extracting(WeatherWarning::kind)
                .containsExactly(Kind.RAIN);
        assertThat(rules.warnings(MILD, day(TODAY.plusDays(1), 12, 20, 30, 10, 10, 20, 63))
                        .get(0)
                        .text())
                .contains("降水概率30%", "10毫米", "雨具");
    }

    @Test
    void givenWindThunderAndHeatThenEachIsWarned() {
        var warnings = rules.warnings(MILD, day(TODAY.plusDays(1), 24, 36, 40, 5, 20, 70, 95));

        assertThat(warnings).extracting(WeatherWarning::kind).containsExactly(Kind.WIND, Kind.THUNDERSTORM, Kind.HEAT);
        assertThat(warnings).allSatisfy(w -> assertThat(w.date()).isEqualTo(TODAY.plusDays(1)));
    }

    @Test
    void givenHigherThresholdsThenSameWeatherIsCalm() {
        var lenient = new WeatherRules(new WeatherSettings(10, 0, 90, 30, 60, 90, 40, 1));

        assertThat(lenient.warnings(MILD, day(TODAY.plusDays(1), 3, 15, 70, 12, 40, 70, 3)))
                .isEmpty();
    }
}

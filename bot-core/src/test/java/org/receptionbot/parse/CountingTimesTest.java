package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/** 回 counting times ("这回都在", "每回", "那回") moves nobody: the meal's figure beside it is the report. */
class CountingTimesTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T20:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "liaoning|辽宁明早早餐6个 这回都在🙂|2026-11-25|BREAKFAST|6",
                "jiangsu|江苏明天中午34个 这回一个不少|2026-11-25|LUNCH|34",
                "hebei|河北明早30人 每回都报得晚 抱歉|2026-11-25|BREAKFAST|30",
                "hunan|那回说的不算 湖南明天早饭35人|2026-11-25|BREAKFAST|35"
            })
    void aTimeCountedIsNoDeparture(String sender, String text, String date, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, LocalDate.parse(date), meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南明天上午10点回长沙 35人", "shandong|山东这回真要走了 明天早上8点 全团"})
    void goingHomeStaysADeparture(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).anyMatch(Departure.class::isInstance);
    }
}

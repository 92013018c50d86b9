package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * The food kept for latecomers taken back ("宵夜14份 留饭的取消", trial 51) cancels that request, not the meal said beside
 * it: the late-night figure stays the count; a meal itself cancelled still is.
 */
class KeptFoodCancelledTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T19:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|江苏宵夜14份 留饭的取消|14",
                "hunan|取消留饭 宵夜20份|20",
                "guizhou|留的饭不要了 宵夜10个|10",
                "yunnan|云南留饭的就取消了 宵夜要12份|12"
            })
    void keptFoodTakenBackLeavesTheLateNightCount(String sender, String text, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, TODAY, "LATE_NIGHT", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南宵夜取消", "jiangsu|江苏宵夜不要了 留饭就行"})
    void theMealItselfCancelledStaysACancel(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .contains(new MealCancel(sender, TODAY, "LATE_NIGHT", null));
    }
}

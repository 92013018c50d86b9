package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * Trial 62: people fewer from a meal on, beside the later meals' figure that is the delegation's size less them, give
 * the first meal that figure, not a second cut off a figure already reported ({@link FewerFromNowOn}).
 */
class FewerFromNowOnTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T16:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shandong|医院说要住三天 留一个教练陪护 所以我们从今晚开始吃饭少两个 明天三餐都是39|39",
                "shandong|从今晚起少两个 明天三餐都是39|39",
                "hunan|从今晚开始少5个 明天三餐都是30|30"
            })
    void theFirstMealTakesTheLaterFigure(String sender, String text, int figure) {
        assertThat(SPORTS.read(text, sender).records())
                .as(text)
                .contains(new MealCount(sender, TODAY, "DINNER", figure))
                .noneMatch(r -> r instanceof MealCancel);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the later figure is not the size less the fewer: both stand as said
                "shandong|从今晚开始少两个 明天三餐都是38|2",
                // no later figure: the fewer stand
                "shandong|从今晚开始少两个|2",
                // no word of "from now on": the fewer stand
                "shandong|今晚少两个 明天三餐都是39|2"
            })
    void otherwiseTheFewerStand(String sender, String text, int fewer) {
        assertThat(SPORTS.read(text, sender).records())
                .as(text)
                .contains(new MealCancel(sender, TODAY, "DINNER", fewer));
    }
}

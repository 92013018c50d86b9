package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * "湖北明天早60 中55 晚60" (trial 66): one character of the day right after a day word, before a meal's figure, is that
 * meal; a figure that may be a clock hour, or words of time after it, is none.
 */
class DayThenMealTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T20:00");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 19);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南明天早35 中30 晚35|35|30|35",
                "gansu|甘肃明天早25 午25 晚27|25|25|27",
                "anhui|安徽明日早8 中8 晚8|8|8|8",
                "jilin|吉林明天早40人，中午38人，晚上40人|40|38|40"
            })
    void aDayThenTheMorningsFigureIsBreakfast(String sender, String text, int breakfast, int lunch, int dinner) {
        SPORTS.check(text, sender)
                .contract(
                        new MealCount(sender, TOMORROW, "BREAKFAST", breakfast),
                        new MealCount(sender, TOMORROW, "LUNCH", lunch),
                        new MealCount(sender, TOMORROW, "DINNER", dinner));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南明天早30", "hunan|我们明天早30个", "hunan|明天早30人 谢谢"})
    void aMorningsFigureAloneIsBreakfast(String sender, String text) {
        SPORTS.check(text, sender).contract(new MealCount(sender, TOMORROW, "BREAKFAST", 30));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南明天早8 出发",
                "hunan|明天早7点到",
                "hunan|明天晚2个小时到",
                "hunan|明天晚10 到酒店",
                "hunan|明天早6走",
                "hunan|今天晚30分钟开饭"
            })
    void aClockOrTimeAfterTheDayIsNoMeal(String sender, String text) {
        SPORTS.check(text, sender).contractHasNo(MealCount.class);
    }
}

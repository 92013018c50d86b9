package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A greeting glued to the message (早上好四川…, 晚上好北京…) names no meal: only the meal said after it takes the
 * figure. A part of the day before 好几个 or 好多 is still the meal's.
 */
class DayGreetingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T07:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sichuan|早上好四川对今天中午45个人吃另外3个去医院复查了不用算|2026-11-23|LUNCH|45",
                "sichuan|早上好四川今天中午45个人|2026-11-23|LUNCH|45",
                "sichuan|晚上好四川明天早上45个|2026-11-24|BREAKFAST|45",
                "hubei|中午好湖北今晚60个人吃|2026-11-23|DINNER|60",
                "hubei|湖北上午好 晚饭60|2026-11-23|DINNER|60"
            })
    void theGreetingNamesNoMeal(String sender, String text, String day, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, LocalDate.parse(day), meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sichuan|早上好四川今天早上45个人吃|BREAKFAST|45", "hubei|湖北晚上60个人吃|DINNER|60"})
    void theMealSaidStaysTheMeal(String sender, String text, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, TODAY, meal, count));
    }
}

package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;

/**
 * "他俩早饭不吃": 俩 said of people (他俩, 她俩) is two people, so two of them skip the meal, never the whole delegation;
 * a meal given up with no one named stays the whole delegation's.
 */
class PairSaidOfThemTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T12:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yunnan|云南两个裁判明早7点走 航班KY8254 他俩早饭不吃|2026-11-25|BREAKFAST",
                "liaoning|两个裁判明天早上5点50出发去机场 她俩明早早饭不吃|2026-11-25|BREAKFAST",
                "hubei|湖北有两个队员发烧 他俩晚饭不下来吃了|2026-11-24|DINNER",
                "hubei|他俩晚上不回来吃|2026-11-24|DINNER"
            })
    void twoOfThemSkipTheMeal(String sender, String text, String date, String meal) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof MealCancel)
                .containsExactly(new MealCancel(sender, LocalDate.parse(date), meal, 2));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|湖北晚饭不吃了", "hubei|晚上我们都不回来吃"})
    void noOneNamedIsTheWholeDelegation(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof MealCancel)
                .containsExactly(new MealCancel(sender, TODAY, "DINNER", null));
    }
}

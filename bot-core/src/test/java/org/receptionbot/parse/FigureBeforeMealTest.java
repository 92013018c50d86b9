package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * Trial 47: a delegation's figure said alone, then a meal eaten or packed with no figure of its own ("山西28个 晚饭打包带走",
 * "山西28人 晚上在餐厅吃") is the meal's figure, as it is without the delegation's name ("28人 晚上吃"); a figure said
 * with more than its delegation (people who go somewhere), or a meal only kept as planned (正常吃), stays as the rules read it.
 */
class FigureBeforeMealTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-20T14:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanxi|山西28个 晚饭打包带走|shanxi|DINNER|28",
                "shanxi|山西28人 晚上在餐厅吃|shanxi|DINNER|28",
                "shanxi|山西25人 晚上吃|shanxi|DINNER|25",
                "''|河北30人 晚上在餐厅吃|hebei|DINNER|30",
                "hebei|河北 36人，晚饭打包带走|hebei|DINNER|36",
                "jiangxi|我们27人 晚饭都在餐厅吃|jiangxi|DINNER|27"
            })
    void theFigureSaidAloneIsTheMealsEatenNext(String sender, String text, String team, String meal, int count) {
        AT.check(text, sender.isEmpty() ? null : sender)
                .thenContract()
                .filteredOn(r -> r instanceof MealCount)
                .singleElement()
                .matches(r -> ((MealCount) r).delegation().equals(team)
                        && ((MealCount) r).meal().equals(meal)
                        && Integer.valueOf(count).equals(((MealCount) r).count()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shanxi|山西有8个人去市里 晚饭在餐厅吃", "shanxi|山西28人 晚饭照常", "shanxi|山西28人 晚上正常吃", "shanxi|山西28人到了 晚饭在餐厅吃"})
    void noFigureForTheMealWhenTheFigureSaysMore(String sender, String text) {
        AT.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof MealCount)
                .allMatch(r -> ((MealCount) r).count() == null);
    }
}

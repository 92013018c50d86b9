package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * Round bg: a meal's figure said with everyone coming (全到, 都到), in Chinese numerals glued to 全到 ("河北晚饭三十六全到") or
 * in a clause of its own after the meal said with no figure ("湖南早餐照常 35个全到", {@link AllComeFigure}), is the
 * meal's count, no arrival. People said to have come (全到了), a question, or a figure with no meal before it stay
 * as the rules read them.
 */
class MealEveryoneComingTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "shandong;山东中午四十一全到 晚饭等会报;MEAL_COUNT|shandong|2026-11-24|LUNCH|41|",
                "hebei;河北晚饭三十六全到;MEAL_COUNT|hebei|2026-11-24|DINNER|36|",
                "guizhou;帮兵团报一下 兵团晚饭二十五全到;MEAL_COUNT|bingtuan|2026-11-24|DINNER|25|",
                "'';江西晚上二十七都到;MEAL_COUNT|jiangxi|2026-11-24|DINNER|27|",
                "'';吉林明早四十全到;MEAL_COUNT|jilin|2026-11-25|BREAKFAST|40|",
                "'';天津午饭三十全部到;MEAL_COUNT|tianjin|2026-11-24|LUNCH|30|",
                "hunan;湖南早餐照常 35个全到;MEAL_COUNT|hunan|2026-11-25|BREAKFAST|35|",
                "'';福建晚饭照常 三十二个都到;MEAL_COUNT|fujian|2026-11-24|DINNER|32|",
                "liaoning;辽宁晚上又回来吃了 不好意思改来改去 33个全到;MEAL_COUNT|liaoning|2026-11-24|DINNER|33|",
                "anhui;晚饭正常吃 29人全到;MEAL_COUNT|anhui|2026-11-24|DINNER|29|"
            })
    void everyoneComingToTheMealIsItsFigure(String sender, String text, String expected) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(CorpusCase.keys(read.contractRecords())).as(text).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // people who came, no meal said
                "hunan;湖南35个全到",
                "hunan;湖南早餐照常 35个全到了",
                // asked, not said
                "hunan;早餐照常 35个全到？"
            })
    void peopleComeOrAskedGiveNoMealFigure(String sender, String text) {
        ParseOutcome read = AT.read(text, sender);

        assertThat(CorpusCase.keys(read.contractRecords()))
                .as(text)
                .noneMatch(k -> k.startsWith("MEAL_COUNT") && k.endsWith("|35|"));
    }
}

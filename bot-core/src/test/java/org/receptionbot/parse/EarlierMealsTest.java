package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure taken back after another meal's figure in the same message: the meal before keeps its figure, the
 * last takes the figure meant; a change called a typo after the change meant ("少4个 刚才少3个是打错了") is not the report.
 */
class EarlierMealsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "云南中午40 晚上40个 哦不对有个队员今晚另有安排不下来吃 39|yunnan|LUNCH|40|DINNER|39",
                "湖南午饭33 晚饭33 不对 有一个晚上去州里开会 32|hunan|LUNCH|33|DINNER|32",
                "辽宁中午30 晚饭30个 哦不对 那个领队晚上另有安排 29|liaoning|LUNCH|30|DINNER|29",
                "甘肃中午廿九 晚上廿九个 哦不对有个队员另有安排 28|gansu|LUNCH|29|DINNER|28"
            })
    void theMealBeforeKeepsItsFigure(String text, String team, String first, int a, String last, int b) {
        PARSER.check(text).contract(new MealCount(team, TODAY, first, a), new MealCount(team, TODAY, last, b));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "甘肃中午29 晚上廿九个 哦不对有个队员不舒服不下来吃 28|gansu|LUNCH|29|DINNER|28",
                "云南晚上40个 哦不对有个队员发烧了不下来吃 39|yunnan|DINNER|39|DINNER|39"
            })
    void anIllnessGivenAsTheReasonKeepsTheFigureMeant(
            String text, String team, String first, int a, String last, int b) {
        PARSER.check(text)
                .contractHas(Issue.class)
                .recordsInclude(new MealCount(team, TODAY, first, a), new MealCount(team, TODAY, last, b));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the figure after the take-back is another meal's, or of people doing something: no figure meant
                "云南中午40 晚上40个 哦不对 宵夜39|yunnan|DINNER|39",
                "云南中午40 贵州晚上40个 哦不对有个队员另有安排 39|yunnan|DINNER|39",
                "云南中午40 晚上40个 哦不对有个队员另有安排 39个到了|yunnan|DINNER|39"
            })
    void noFigureMeantForTheLastMeal(String text, String team, String meal, int count) {
        PARSER.check(text).thenRecords().doesNotContain(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "安徽今晚少4个 刚才少3个是打错了|anhui|DINNER|4",
                "湖南中午减5个 刚才报的减3个是写错了|hunan|LUNCH|5",
                "云南晚饭少两个 之前说少一个是错的|yunnan|DINNER|2"
            })
    void theChangeCalledATypoIsNotTheReport(String text, String team, String meal, int count) {
        PARSER.check(text).contract(new MealCancel(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a typo of another meal's figure, named, is asked apart; the change meant stands
                "安徽今晚少4个 中午那个3是打错了|anhui|DINNER|4",
                "安徽晚饭少4个 刚才说的少3个是对的|anhui|DINNER|4"
            })
    void theChangeMeantStands(String text, String team, String meal, int count) {
        PARSER.check(text).recordsInclude(new MealCancel(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南晚饭30 刚才说加3个是打错了|hunan|DINNER|30"})
    void anAdditionCalledATypoIsNoAddition(String text, String team, String meal, int count) {
        PARSER.check(text).contract(new MealCount(team, TODAY, meal, count));
    }
}

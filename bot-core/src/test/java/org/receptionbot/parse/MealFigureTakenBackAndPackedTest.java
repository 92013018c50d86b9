package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure taken back (不对) with its reason, the figure meant ending the message; a meal's figure with a
 * smaller share of it packed: in both the meal's count is one figure, the other words no record.
 */
class MealFigureTakenBackAndPackedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南午饭20人 哦 不对 漏了一个司机 21人|hunan|LUNCH|21",
                "天津晚饭30 哦不对 有个教练晚上要去开会 29|tianjin|DINNER|29",
                "浙江中午三十八 不对不对 有两个去医院复查了 三十六个|zhejiang|LUNCH|36",
                "安徽晚宴29人，说错了，还有一位领导也来，30人|anhui|DINNER|30"
            })
    void theFigureAfterTheReasonIsTheCount(String text, String team, String meal, int count) {
        PARSER.check(text)
                .contract(new MealCount(team, TODAY, meal, count))
                .contractHasNo(MealAdd.class)
                .contractHasNo(MealCancel.class)
                .contractHasNo(Issue.class);
    }

    @Test
    void anotherMealGivenTheFigureIsNoTakeBack() {
        PARSER.check("江苏午饭8人 不对 晚饭9人").contract(new MealCount("jiangsu", TODAY, "DINNER", 9));
        PARSER.check("湖南晚饭30 不对 再加 2个").contractHasNo(MealCount.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "河北明天早饭36 打包6份 有6个人6点要去赛场|hebei|36",
                "山西明早28个 有三个要早走 给他们打包3份|shanxi|28",
                "辽宁明天早餐33人，其中10份麻烦打包|liaoning|33"
            })
    void aPackedShareLeavesTheMealsCount(String text, String team, int count) {
        PARSER.check(text)
                .recordsInclude(new MealCount(team, TOMORROW, "BREAKFAST", count))
                .contractHasNo(MealAdd.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // packed on top of the figure, or a packed figure for another meal
                "河北明天早饭36 另外打包6份",
                "河北明天早饭36 晚饭打包6份"
            })
    void packedPortionsOfTheirOwnAreNoShare(String text) {
        PARSER.check(text).recordsInclude(new MealCount("hebei", TOMORROW, "BREAKFAST", 36));
    }
}

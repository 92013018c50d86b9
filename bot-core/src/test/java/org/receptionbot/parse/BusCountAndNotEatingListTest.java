package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A bus liaison's count taken back, then the people who joined since and the new figure ("实到39人 不对 刚又上来俩 41"),
 * is the new figure; a second bus's count taken back and said again ("5号车28 不对5号车是29") is that bus's; two figures
 * offered as a choice ("二十六还是二十七") count no one. A 接龙 headed by the people who do not eat ("不回来吃的") gives
 * each line's figure as diners fewer.
 */
class BusCountAndNotEatingListTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:06");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4号车 实到39人 不对 刚又上来俩 41|4|41",
                "2号车 实到40人 不对 又上来仨 43|2|43",
                "6号车实到35 不对 刚又上来两个 37人|6|37",
                "1号车实到33 哦不对 刚又上来一个 34|1|34",
                "2号车实到26 哦不对 27 又上来一个|2|27"
            })
    void theFigureAfterThePeopleWhoJoinedIsTheCount(String text, String vehicle, int count) {
        assertThat(PARSER.read(text).contractRecords()).as(text).containsExactly(new Headcount(vehicle, count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3号车实到27 5号车28 不对5号车是29 出发了|3|27|5|29",
                "1号车实到30 2号车31 不对2号车是32|1|30|2|32",
                "6号车实到40 7号车38 不对 7号车是37|6|40|7|37"
            })
    void aSecondBusTakenBackIsCountedAgain(String text, String first, int firstCount, String second, int secondCount) {
        assertThat(PARSER.read(text).contractRecords())
                .as(text)
                .containsExactly(new Headcount(first, firstCount, null), new Headcount(second, secondCount, null));
    }

    @ParameterizedTest
    @CsvSource({
        "7号车实到二十六还是二十七 我在数一遍",
        "3号车实到40还是41 再数一下",
        "2号车 38个或者39个 后排看不清",
        "4号车 实到39人 不对 刚又上来俩 我再数数",
        "3号车是45座的",
        "5号车是29号出发吗"
    })
    void aChoiceOfFiguresOrNoFigureCountsNoOne(String text) {
        assertThat(PARSER.read(text).contractRecords()).as(text).noneMatch(r -> r instanceof Headcount);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 10);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "接龙 今晚山庄晚饭 不回来吃的/河北 4/江西 5|DINNER|0|hebei|4|jiangxi|5",
                "今晚晚饭不回来吃的接龙：/山东 9/河南 6个|DINNER|0|shandong|9|henan|6",
                "接龙 明天午饭 不在山庄吃的/1. 湖北 2/2. 广西 3人|LUNCH|1|hubei|2|guangxi|3",
                "接龙 明早早饭不吃的/四川 1/贵州 2|BREAKFAST|1|sichuan|1|guizhou|2"
            })
    void aListOfWhoDoesNotEatCancelsEachLinesDiners(
            String text, String meal, int days, String first, int firstCount, String second, int secondCount) {
        LocalDate date = days == 0 ? TODAY : TOMORROW;
        assertThat(PARSER.at("2026-12-09T15:31").read(text.replace('/', '\n')).contractRecords())
                .as(text)
                .containsExactly(
                        new MealCancel(first, date, meal, firstCount), new MealCancel(second, date, meal, secondCount));
    }

    @ParameterizedTest
    @CsvSource({"接龙 明天午饭 不在山庄吃的/1. 吉林 全团/2. 湖北 2"})
    void aWholeDelegationOnTheListCancelsTheMeal(String text) {
        assertThat(PARSER.at("2026-12-09T15:31").read(text.replace('/', '\n')).contractRecords())
                .as(text)
                .containsExactly(
                        new MealCancel("jilin", TOMORROW, "LUNCH", null),
                        new MealCancel("hubei", TOMORROW, "LUNCH", 2));
    }

    @ParameterizedTest
    @CsvSource({"接龙 今晚晚饭人数/河北 4/江西 5", "今晚晚饭接龙/河北 4/江西 5 都回来吃"})
    void aListOfDinersStaysTheirCount(String text) {
        assertThat(PARSER.at("2026-12-09T15:31").read(text.replace('/', '\n')).contractRecords())
                .as(text)
                .containsExactly(
                        new MealCount("hebei", TODAY, "DINNER", 4), new MealCount("jiangxi", TODAY, "DINNER", 5));
    }
}

package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * Trials 53 and 54: on a 接龙 under one meal's header, a line's delegation and figure are the meal's count whatever
 * remark follows ("云南6 飞机4点落地", "山东 9 高铁晚点可能晚到一会", "辽宁 33 吃完走"): the remark reports no movement and
 * never drops the figure; a remark that ends with a smaller bare figure ("福建6 有一个不吃 5") leads to the count.
 */
class ListLineRemarksTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T14:40");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T18:30");
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "云南6 飞机4点落地|yunnan|6",
                "云南 6 航班四点落地|yunnan|6",
                "山东 9 高铁晚点可能晚到一会|shandong|9",
                "广西 12 飞机晚点了 大概7点到|guangxi|12",
                "辽宁 6 吃完走|liaoning|6",
                "福建6 有一个不吃 5|fujian|5",
                "福建 6 有两个不吃 4个|fujian|4",
                "湖南 7 两个不吃 5|hunan|5"
            })
    void theLinesFigureIsTheMeals(String line, String team, int count) {
        CONFERENCE
                .check("#接龙 今晚欢迎晚宴人数\n1. 天津 4\n2. " + line, null)
                .understood()
                .records(new MealCount("tianjin", DAY, "DINNER", 4), new MealCount(team, DAY, "DINNER", count))
                .hasNo(Arrival.class)
                .hasNo(Departure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"3. 辽宁 33 吃完走|liaoning|33", "3. 吉林 40 吃完就走|jilin|40", "3. 辽宁 33|liaoning|33"})
    void aLiaisonsOwnLineWithARemark(String line, String team, int count) {
        SPORTS.check("#接龙 明天（11月24日）早餐人数\n1. 北京 42\n2. 山西 28\n" + line, team)
                .understood()
                .recordsInclude(new MealCount(team, LocalDate.parse("2026-11-24"), "BREAKFAST", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // no list: the movement is read as before
                "云南6个人 飞机4点落地|yunnan",
                "山东9个人坐高铁 G4212 下午5点20到南宁东|shandong"
            })
    void outsideAListTheMovementStands(String text, String team) {
        CONFERENCE.check(text, team).understood().hasNo(MealCount.class);
    }

    /** Trial 60: a header with no day ("午餐接龙") gives a remarked line the meal's next serving, as the other lines. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"3. 河北 6 全到|hebei|6", "3. 河北 6 都到了|hebei|6", "3. 河北 5 有一个还没到|hebei|5"})
    void aHeaderWithNoDayDatesTheRemarkedLine(String line, String team, int count) {
        ParserFixture.of(TestEvents.conference(), "2026-12-08T09:38")
                .check("午餐接龙\n1. 四川 6\n2. 北京 5\n" + line, team)
                .understood()
                .recordsInclude(new MealCount("sichuan", DAY, "LUNCH", 6), new MealCount(team, DAY, "LUNCH", count));
    }

    /** Trial 61: a line's remark of all coming ("全到") lends no arrival to the bare line after it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"3. 河北 6 全到/4. 大连 3", "3. 河北 6 都到了/4. 大连 3/5. 辽宁 4"})
    void aRemarkLendsNoMovementToTheNextLine(String lines) {
        CONFERENCE
                .check("欢迎宴人数接龙（12月8日晚18:30）\n1. 北京 5\n2. 天津 4\n" + lines.replace('/', '\n'), null)
                .understood()
                .recordsInclude(new MealCount("hebei", DAY, "DINNER", 6), new MealCount("dalian", DAY, "DINNER", 3))
                .hasNo(Arrival.class);
    }
}

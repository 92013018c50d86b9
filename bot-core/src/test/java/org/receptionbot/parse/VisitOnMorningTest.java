package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A visit said with the morning it goes ("福建6人明早参加北海的考察", "湖南5人明早去北海", "明天上午北海那个点 广西再加1个")
 * is no breakfast: 参加 after 早/午 is taking part, not 餐 misspelt, and a part of the day beside a route names no
 * meal. Back with the route's bus after it (看完跟车回) is no departure. With eating words the meal stays.
 */
class VisitOnMorningTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T20:40");

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南4人明天上午参加柳州的考察, 4, liuzhou",
        "anhui, 安徽明早参观百色的有3个, 3, baise",
        "hubei, 湖北5人明早去北海, 5, beihai",
        "jilin, 吉林北海线明天上午去2个, 2, beihai",
        "hebei, 河北柳州4个明天上午都去 看完跟车回, 4, liuzhou",
        "zhejiang, 浙江百色3个明早都去 看完随大巴回来, 3, baise"
    })
    void morningVisitIsAVisit(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 明天上午柳州那个点 湖南再加2个, 2, liuzhou", "anhui, 明早百色那边 安徽再加一个人, 1, baise"})
    void morningAdditionJoinsTheRoute(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, null, route));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南明早早餐6人", "hunan, 湖南明早6人", "hubei, 湖北明早北海那3个不吃了", "anhui, 安徽明早参会的8人早饭在房间吃"})
    void mealsStayMeals(String sender, String text) {
        PARSER.check(text, sender)
                .thenRecords()
                .isNotEmpty()
                .allMatch(r -> r instanceof MealCount
                        || r instanceof MealCancel
                        || r instanceof org.receptionbot.record.MealAdd);
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南北海3个看完跟车回机场 坐MU5337走", "anhui, 安徽柳州2个明天上午跟车回 然后回家"})
    void homeOrAirportIsStillLeaving(String sender, String text) {
        PARSER.check(text, sender).has(Departure.class);
    }
}

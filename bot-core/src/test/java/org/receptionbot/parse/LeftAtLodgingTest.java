package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;

/**
 * What is left at the place people stay ("酒店就剩1个") after a route's people are said is of those left behind, not
 * the route's figure now; what is left of the route itself ("百色那边就剩4个") still is.
 */
class LeftAtLodgingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T10:00");

    @ParameterizedTest
    @CsvSource({
        "柳州线6个晚上不回来吃了 酒店就剩1个, liuzhou, 1",
        "百色线去了4个 酒店就剩2个, baise, 2",
        "北海线3个 山庄这边还剩2个, beihai, 2",
        "柳州线去了5个 房间里只剩1个, liuzhou, 1"
    })
    void whatIsLeftAtTheHotelIsNoRouteFigure(String text, String route, int left) {
        PARSER.check(text, "hubei").thenRecords().doesNotContain(new Visit("hubei", route, left));
    }

    @ParameterizedTest
    @CsvSource({"百色那边就剩4个, baise, 4", "柳州线现在就剩3个, liuzhou, 3", "北海就剩2个了, beihai, 2"})
    void whatIsLeftOfTheRouteIsItsFigure(String text, String route, int now) {
        PARSER.check(text, "hubei").recordsInclude(new Visit("hubei", route, now));
    }
}

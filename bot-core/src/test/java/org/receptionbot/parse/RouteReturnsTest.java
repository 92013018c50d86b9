package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * A route's people coming back on the route's day (trial 48: "柳州的3个回来吃 … 大概8点到", "北海线6个 路上堵车 预计九点多才到
 * 酒店") are the delegation's own people returning: no arrival and no question about its day. New people arriving, or
 * another day, stay arrivals.
 */
class RouteReturnsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T16:20");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "湖南晚上 北海那3个在北海吃 柳州的3个回来吃 给留3份饭 大概8点到",
                "福建北海线6个 路上堵车 预计九点多才到酒店 麻烦给留6份饭",
                "江苏 柳州线4个 晚上8点半左右回到山庄 晚饭给留4份",
                "百色那边5个人返回酒店要10点 晚饭留5份",
                "广西北海线3个 大概晚上9点回来 其他人照常吃晚饭"
            })
    void aRoutesPeopleComingBackAreNoArrival(String text) {
        PARSER.check(text, "hunan").hasNo(Arrival.class).asksNothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"柳州线的4个回来吃 大概8点半到", "北海那3个9点多回来"})
    void aReturnAloneIsAskedNotRecordedAsAnArrival(String text) {
        PARSER.check(text, "hunan").hasNo(Arrival.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙江厅柳州线6人 另外杭州来的2位新同志刚到山庄", "浙江6个人晚上9点到酒店", "北海线6个 明天上午到"})
    void newPeopleOrAnotherDayStayArrivals(String text) {
        PARSER.check(text, "zhejiang").has(Arrival.class);
    }

    @org.junit.jupiter.api.Test
    void aPlainArrivalTonightIsKept() {
        PARSER.check("浙江2个人晚上9点到酒店", "zhejiang")
                .contract(new Arrival("zhejiang", LocalDate.of(2026, 12, 9), LocalTime.of(21, 0), 2, null));
    }
}

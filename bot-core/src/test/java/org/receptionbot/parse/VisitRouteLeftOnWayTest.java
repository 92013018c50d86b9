package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * People of a route named who got off its bus on the way and went back (江苏百色线有一个同志中途下车回酒店了) leave that
 * route: a drop-out of them from it, never the route's figure; a switch followed by the route joined with its total
 * (百色那边变成5个) keeps the people switching as its count.
 */
class VisitRouteLeftOnWayTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T15:30");

    @ParameterizedTest
    @CsvSource({
        "jiangsu, 江苏百色线有一个同志中途下车回酒店了, 1, baise",
        "hunan, 湖南柳州线两个同志在服务区下车了 打车回酒店了, 2, liuzhou",
        "xizang, 西藏北海线一位同志在服务区下车了 已安排车送回, 1, beihai",
        "xizang, 北海线我们有个同志在服务区下车了 司机送回酒店, 1, beihai"
    })
    void gotOffTheRoutesBusLeavesTheRoute(String sender, String text, int count, String route) {
        PARSER.check(text, sender)
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new VisitChange(sender, count, route, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"柳州线有个同志下车上厕所 马上回来", "柳州线的同志下车清点一下"})
    void offForAMomentLeavesNoRoute(String text) {
        PARSER.check(text, "hunan").hasNo(VisitChange.class);
    }

    @ParameterizedTest
    @CsvSource({
        "山东柳州线的小王改去百色了 百色那边变成5个, 1, 5",
        "山东柳州线的小王改去百色了，百色那边变成5个, 1, 5",
        "柳州线的小王和老李改去百色了 百色那边变成6个, 2, 6",
        "柳州线有2个改去百色了 百色那边变成6个, 2, 6"
    })
    void theRouteJoinedWithItsTotalKeepsTheSwitch(String text, int moved, int total) {
        PARSER.at("2026-12-09T11:00")
                .check(text, "shandong")
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(
                        new VisitChange("shandong", moved, "liuzhou", "baise"), new Visit("shandong", "baise", total));
    }
}

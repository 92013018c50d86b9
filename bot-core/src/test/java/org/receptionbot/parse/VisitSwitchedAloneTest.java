package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A change word, the people who change and the route they go to, with no group or old plan said ("不对 是改两个去柳州
 * 不是一个"): that many switch to the route from one not said, not the route's new figure. The figure of the route
 * changed (人数改2个, 改成两个去柳州) stays the route's figure.
 */
class VisitSwitchedAloneTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T09:05");

    @ParameterizedTest
    @CsvSource({
        "不对 是改两个去柳州 不是一个, hunan, 2, liuzhou",
        "改两个去柳州, hunan, 2, liuzhou",
        "湖南改1个人去北海, hunan, 1, beihai",
        "广东调2人去百色, guangdong, 2, baise",
        "说错了 是改三个去柳州, hunan, 3, liuzhou"
    })
    void peopleSwitchedWithNoGroupSaid(String text, String team, int count, String route) {
        PARSER.check(text, "hunan").records(new VisitChange(team, count, null, route));
    }

    @ParameterizedTest
    @CsvSource({"原来报北海的4个人 改两个去百色, hunan, 2, beihai, baise", "北海5个人 调两个人去百色, hunan, 2, beihai, baise"})
    void aGroupSaidBeforeIsStillTheRouteLeft(String text, String team, int count, String from, String route) {
        PARSER.check(text, "hunan").records(new VisitChange(team, count, from, route));
    }

    @ParameterizedTest
    @CsvSource({"柳州线人数改2个去柳州, liuzhou, 2", "柳州线改为2人, liuzhou, 2"})
    void theRoutesFigureChangedIsNoSwitch(String text, String route, int count) {
        PARSER.check(text, "hunan").hasNo(VisitChange.class).records(new Visit("hunan", route, count));
    }
}

package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.VisitChange;

/**
 * Trial 61: a correction naming who keeps their route and who switches ("不对不对 王局还是去北海 是张科换到百色") records the
 * second only: one person to the route joined. Said alone, a person kept on a route is the change back to it.
 */
class PersonKeptOnRouteTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T11:45");

    @ParameterizedTest
    @CsvSource({
        "不对不对 王局还是去北海 是张科换到百色, hubei, baise",
        "王局还是去北海 张科换到百色, hubei, baise",
        "不对 李处仍然跟柳州线 是老王改去北海, hunan, beihai",
        "刚才说错了 陈处还是在百色 是小刘换去柳州, guangdong, liuzhou"
    })
    void whoKeepsTheRouteIsNotWhoSwitches(String text, String team, String to) {
        PARSER.check(text, team).records(new VisitChange(team, 1, null, to));
    }

    @ParameterizedTest
    @CsvSource({"王局和张科换到百色, hubei, 2, baise", "李处和老王都改去北海, hunan, 2, beihai"})
    void twoPeopleSwitchingAreTwo(String text, String team, int count, String to) {
        PARSER.check(text, team).records(new VisitChange(team, count, null, to));
    }

    @ParameterizedTest
    @CsvSource({"李处还是去北海线, hunan, beihai", "不好意思 李处还是去北海线 刚才说错了, hunan, beihai"})
    void aPersonKeptAloneIsTheChangeBack(String text, String team, String to) {
        PARSER.check(text, team).records(new VisitChange(team, 1, null, to));
    }
}

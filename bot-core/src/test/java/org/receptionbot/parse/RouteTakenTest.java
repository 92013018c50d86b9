package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A visit read as a movement or a head count: a route taken (吉林四人走北海), people counted on a route's bus
 * (天津4人都在百色车上), people switched to a route and the bus they got on after it (厦门3人改去柳州了 已经上了7号车).
 * Look-alikes: leaving from a route's airport, someone unwell on a route's bus, a bus counted beside a switch.
 */
class RouteTakenTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T12:10");

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南3个人走柳州线, 3, liuzhou",
        "anhui, 我们安徽2人走百色, 2, baise",
        "tianjin, 天津4人都在百色车上, 4, baise",
        "hubei, 湖北三个都在柳州的车上了, 3, liuzhou",
        "jilin, 吉林5人都在北海大巴上, 5, beihai"
    })
    void aRouteTakenIsAVisit(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource({"hubei, 湖北2人改去北海了 已经上了4号车, 2, beihai", "anhui, 安徽3人临时换到百色了 已经上1号车了, 3, baise"})
    void switchedThenBoardedIsNoHeadcount(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, null, route));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南3人明天走北海机场 MU5337", "anhui, 安徽2人走百色站 D8201"})
    void leavingStaysLeaving(String sender, String text) {
        PARSER.check(text, sender).has(Departure.class);
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南有1人在柳州车上晕车了"})
    void unwellOnARouteBusIsNoVisit(String sender, String text) {
        PARSER.check(text, sender).hasNo(Visit.class);
    }

    @ParameterizedTest
    @CsvSource({"hubei, 湖北2人改去北海 4号车实到40人"})
    void aBusCountedBesideASwitchStays(String sender, String text) {
        PARSER.check(text, sender).has(Headcount.class);
    }
}

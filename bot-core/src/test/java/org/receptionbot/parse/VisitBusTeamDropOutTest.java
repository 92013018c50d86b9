package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.VisitChange;

/**
 * On a route's day, a bus, then the delegation whose people are said on it ("7号车：贵州厅一位同志临时有事不去了"), then
 * their dropping out: a VISIT_CHANGE of the delegation, from the route named, else from none; a bus counted with the
 * delegation's figure stays a head count.
 */
class VisitBusTeamDropOutTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:16");

    @ParameterizedTest
    @CsvSource({
        "7号车：贵州厅一位同志临时有事不去了 回山庄, guizhou, 1, ",
        "7号车贵州厅有1人不去了, guizhou, 1, ",
        "3号车上湖南2人 不去了, hunan, 2, ",
        "4号车湖南有一位没来 电话里说睡过头了 不去北海了, hunan, 1, beihai",
        "1号车：天津两个同志说不参加了, tianjin, 2, "
    })
    void dropsOutAtTheBus(String text, String team, int count, String from) {
        PARSER.check(text, null).records(new VisitChange(team, count, from, null));
    }

    @ParameterizedTest
    @CsvSource({"3号车上江苏的李处要跟6号车去柳州，人已经换过去了, jiangsu, liuzhou", "1号车上湖南的王处跟7号车去柳州, hunan, liuzhou"})
    void aPersonOnTheBusGoingWithAnotherRouteJoinsIt(String text, String team, String route) {
        PARSER.check(text, null).records(new VisitChange(team, 1, null, route));
    }

    @ParameterizedTest
    @CsvSource({"3号车湖南5人, 3, 5, hunan", "3号车湖南来了5个, 3, 5, hunan"})
    void aBusCountedStaysAHeadCount(String text, String bus, int count, String team) {
        PARSER.check(text, null).records(new Headcount(bus, count, team));
    }

    @ParameterizedTest
    @CsvSource({"7号车贵州厅有1人不去了吗？", "7号车贵州厅的不去党校了"})
    void askedOrElsewhereIsNoDropOut(String text) {
        PARSER.check(text, null).hasNo(VisitChange.class);
    }
}

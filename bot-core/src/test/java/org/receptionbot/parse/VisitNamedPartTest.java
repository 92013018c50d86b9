package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A route's group said with its figure, then people named one by one picked out of it (其中, 里面, 有) who switch or
 * drop out ("湖北柳州线6个人 其中何处改去北海线"): a change of that part, from the group's route, and no new figure of the
 * route (the group is the people who were on it), as with a figure ("江苏百色3个 其中1个改去北海").
 */
class VisitNamedPartTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T17:30");

    @ParameterizedTest
    @CsvSource({
        "湖北柳州线6个人 其中何处改去北海线, 1, liuzhou, beihai",
        "湖北柳州线6个人 其中王处和李处改去北海线, 2, liuzhou, beihai",
        "北海线5个 其中张科长换到百色, 1, beihai, baise",
        "湖北柳州线6个人 里面有个同志改去百色, 1, liuzhou, baise",
        "湖北柳州线6个人 其中何处长不去了, 1, liuzhou, "
    })
    void theNamedPartChangesFromTheGroupsRoute(String text, int count, String from, String to) {
        PARSER.check(text, "hubei").records(new VisitChange("hubei", count, from, to));
    }

    @ParameterizedTest
    @CsvSource({"湖北柳州线6个人 其中何处是女同志", "湖北柳州线6个人 其中两位是处长"})
    void namedWithNoChangeKeepsTheRoutesFigure(String text) {
        PARSER.check(text, "hubei").hasNo(VisitChange.class).records(new Visit("hubei", "liuzhou", 6));
    }

    @ParameterizedTest
    @CsvSource({"湖北柳州线6个人 另外何处改去北海线"})
    void someoneBesidesTheGroupIsNoPartOfIt(String text) {
        PARSER.check(text, "hubei").recordsInclude(new Visit("hubei", "liuzhou", 6));
    }
}

package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.VisitChange;

/**
 * "北京这边还有个领导不去考察了，原报北海线": one person described after 还有个/另有个 (a leader, a comrade) is who drops
 * out, not the whole delegation; without a drop-out it is no visit statement.
 */
class VisitOneMoreLeaderTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T09:20");

    @ParameterizedTest
    @CsvSource({
        "beijing, 北京这边还有个领导不去考察了，原报北海线, beihai",
        "hunan, 湖南还有个同志不去柳州了, liuzhou",
        "jiangsu, 江苏另有个同事北海去不了了, beihai"
    })
    void oneMorePersonDropsOut(String sender, String text, String route) {
        PARSER.check(text, sender).records(new VisitChange(sender, 1, route, null));
    }

    @ParameterizedTest
    @CsvSource({"beijing, 北京还有个领导不去考察了", "hunan, 还有个同志说下午不去考察了"})
    void oneMorePersonWithNoRouteDropsOutAlone(String sender, String text) {
        PARSER.check(text, sender).records(new VisitChange(sender, 1, null, null));
    }

    @ParameterizedTest
    @CsvSource({"beijing, 北京还有个领导的材料没交", "hunan, 湖南还有个同志没吃早饭 麻烦留一份"})
    void oneMorePersonWithNoDropOutChangesNoVisit(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class);
    }
}

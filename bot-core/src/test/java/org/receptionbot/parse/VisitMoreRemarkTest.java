package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * The figure going on a route, then one more than before as a remark ("湖南北海线去4个 多一个"), is the route's figure (a
 * VISIT), never that many more; more people said with their own figure ("北海线加1人") stay a change.
 */
class VisitMoreRemarkTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T20:00");

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南北海线去4个 多一个, beihai, 4",
        "hubei, 湖北柳州去5个 多了一个, liuzhou, 5",
        "jiangsu, 百色线我们去了4个人 多一个, baise, 4",
        "guangxi, 广西柳州线一共去3个 多了一位, liuzhou, 3"
    })
    void theFigureGoingBeforeOneMoreIsTheRoutesFigure(String sender, String text, String route, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 北海线加1人, beihai", "hunan, 北海线再多去一个, beihai", "jilin, 柳州线多一个, liuzhou"})
    void morePeopleAloneStayAChange(String sender, String text, String route) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new VisitChange(sender, 1, null, route));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 北海线去4个吗 多一个是谁"})
    void aQuestionRecordsNoFigure(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).isEmpty();
    }
}

package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;

/**
 * A figure per route in one message: people said before the route they go on ("3个去柳州 3个去北海"), and routes listed
 * with 、 sharing one figure ("北海、柳州各3个"), give one VISIT per route, also when some of a route's people are
 * pointed at after them ("柳州那位…"); a choice asked or not made yet gives none.
 */
class VisitFigurePerRouteTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T16:40");

    @ParameterizedTest
    @CsvSource({
        "guangxi, 广西 3个去柳州 2个去北海, liuzhou, 3, beihai, 2",
        "hubei, 湖北考察2人去北海 4人去柳州, beihai, 2, liuzhou, 4",
        "jiangsu, 江苏 两个走百色 五个走北海, baise, 2, beihai, 5",
        "sichuan, 四川4个报北海 4个报百色, beihai, 4, baise, 4",
        "shenzhen, 深圳住建局4人 两个去百色两个去柳州, baise, 2, liuzhou, 2",
        "fujian, 福建百色、北海各2人, baise, 2, beihai, 2"
    })
    void eachRouteTakesItsFigure(String sender, String text, String first, int n, String second, int m) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new Visit(sender, first, n), new Visit(sender, second, m));
    }

    @ParameterizedTest
    @CsvSource({"guangxi, 广西厅今天都在山庄 晚宴12人 考察百色、北海、柳州各3人", "yunnan, 晚宴6人 考察百色、北海、柳州各3个", "guangxi, 广西 3个去柳州 3个去北海 3个去百色"
    })
    void routesListedBesideAMealShareTheirFigure(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords().stream()
                        .filter(Visit.class::isInstance)
                        .toList())
                .as(text)
                .containsExactlyInAnyOrder(
                        new Visit(sender, "baise", 3), new Visit(sender, "beihai", 3), new Visit(sender, "liuzhou", 3));
    }

    @ParameterizedTest
    @CsvSource({
        "shanghai, 上海的情况 北海4 柳州改成1 柳州那位老同志身体吃不消, beihai, 4, liuzhou, 1",
        "beijing, 北京北海3柳州2 北海那位是司机, beihai, 3, liuzhou, 2",
        "shenzhen, 深圳住建局 百色2柳州2 柳州那两个看完直接从柳州站走, baise, 2, liuzhou, 2"
    })
    void routesFiguresStandBeforeSomeOfARoutePointedAt(
            String sender, String text, String first, int n, String second, int m) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .contains(new Visit(sender, first, n), new Visit(sender, second, m));
    }

    @ParameterizedTest
    @CsvSource({"beijing, 3个去柳州还是3个去北海 还没定", "beijing, 3个去柳州 3个去北海行不行", "beijing, 柳州、北海哪条线近一点", "beijing, 北海、柳州的车几点出发"})
    void aChoiceAskedOrOpenRecordsNoVisit(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).noneMatch(r -> r instanceof Visit);
    }
}

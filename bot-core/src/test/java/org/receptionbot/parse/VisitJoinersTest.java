package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * People joining a route now, with a word of joining late or counted by their rank ("2人明天加入北海线", "那个处长定了 去柳州"),
 * are more people on the route (a VISIT_CHANGE from no route); people reported going, by any name, are its figure.
 */
class VisitJoinersTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T16:30");

    @ParameterizedTest
    @CsvSource({
        "mof, 财政部经建司2人明天加入北海线, 2, beihai",
        "mwr, 水利部1人临时决定参加柳州线考察, 1, liuzhou",
        "mohurd, 住建部那个处长定了 去柳州, 1, liuzhou",
        "anhui, 安徽一个副处长临时要去百色, 1, baise",
        "jiangxi, 江西临时加派2人跟北海线, 2, beihai"
    })
    void peopleJoiningNowAreAChange(String sender, String text, int count, String route) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new VisitChange(sender, count, null, route));
    }

    @ParameterizedTest
    @CsvSource({
        "xizang, 西藏厅三位同志北海线, 3, beihai",
        "ndrc, 发改委2位领导下午走百色线, 2, baise",
        "xiamen, 厦门建设局：3位同志参加北海考察, 3, beihai",
        "hubei, 湖北两位处长都去柳州, 2, liuzhou"
    })
    void peopleReportedGoingAreTheFigure(String sender, String text, int count, String route) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource({"mof, 财政部2人能加入北海线吗", "mof, 财政部2人加入北海线还是柳州线 还没定"})
    void aQuestionOrAnOpenChoiceRecordsNothing(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).isEmpty();
    }
}

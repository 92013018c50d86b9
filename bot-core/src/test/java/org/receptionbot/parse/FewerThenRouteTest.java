package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.VisitChange;

/**
 * "湖北又少一个 柳州线的老陈 …": a delegation's 少N个 with the route and 的 said after it is N people leaving that route
 * (from it, to null), never a switch to it; a meal's 少N个, or a question, is not.
 */
class FewerThenRouteTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei | 湖北又少一个 柳州线的老陈 家里老人住院了 | 1 | liuzhou",
                "hunan | 湖南少两个 百色线的 临时有任务 | 2 | baise",
                "jiangsu | 江苏少3个 北海线的 他们要回去开会 | 3 | beihai",
                "hebei | 我们又少1个，北海那边的小刘 | 1 | beihai",
                "shandong | 山东这边还少两位 去柳州线的那两个处长 | 2 | liuzhou"
            })
    void fewerThenRouteLeavesTheRoute(String sender, String text, int count, String route) {
        var now = OffsetDateTime.parse("2026-12-09T10:36:00+08:00").toInstant();
        ParseOutcome out = PARSER.parse(text, now, sender);
        assertThat(out.records())
                .filteredOn(r -> r instanceof VisitChange)
                .containsExactly(new VisitChange(sender, count, route, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南午饭少两个 北海线的在那边吃", "湖南少两个 百色线的吗？", "3号车少两个 柳州线的还没上车", "湖南明天少两个 百色线的"})
    void mealQuestionOrBusIsNoDropOut(String text) {
        var now = OffsetDateTime.parse("2026-12-09T10:36:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, "hunan").records())
                .noneMatch(r -> r instanceof VisitChange c && c.to() == null && c.from() != null);
    }
}

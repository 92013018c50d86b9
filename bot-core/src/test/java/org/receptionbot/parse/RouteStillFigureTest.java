package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "北海还是3个": 还是 and a figure right after a route is the route's figure as it stands (a VISIT), not a change, even
 * beside a person joining or swapped; a question about it, or 还是 choosing a route with no figure, gives no VISIT.
 */
class RouteStillFigureTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi | 广西的都上车了 北海还是3个 | beihai | 3",
                "jilin | 吉林张处也弄完了 明天也去北海，北海还是4个 | beihai | 4",
                "chongqing | 重庆换个人 原来的王科长换成赵科长 百色还是五个 | baise | 5",
                "hunan | 湖南柳州线还是两个人 | liuzhou | 2",
                "shandong | 山东的小李换成小张了，柳州还是4个了 | liuzhou | 4"
            })
    void stillFigureIsTheRoutesVisit(String sender, String text, String route, int count) {
        var now = OffsetDateTime.parse("2026-12-09T09:00:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, sender).records())
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"北海还是3个人吗？", "柳州线还是两个吗", "两位去柳州还是北海 还没定", "湖南晚饭还是7个"})
    void questionOrChoiceIsNoRouteFigure(String text) {
        var now = OffsetDateTime.parse("2026-12-09T09:00:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, "jilin").records()).noneMatch(r -> r instanceof Visit);
    }
}

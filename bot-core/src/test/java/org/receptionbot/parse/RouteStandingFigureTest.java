package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A route's figure as it stands when the message is done ("北海现在6个", "百色就3个了", "不对 是4个", "一共5个", "那就两个",
 * "变4个") is its VISIT; the earlier figures and the drop-outs or additions said on the way are history. A switch
 * between two named routes stays beside the figure.
 */
class RouteStandingFigureTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan | 2026-12-08T19:00:00+08:00 | 湖南去柳州的5个人 不对 是4个 有一位要回长沙 | liuzhou | 4",
                "hubei | 2026-12-08T19:00:00+08:00 | 湖北北海线原来报的3个 现在一共4个 小王也想去 | beihai | 4",
                "fujian | 2026-12-09T09:00:00+08:00 | 福建 百色那边 有个同志上午要去区厅办事 百色就3个了 | baise | 3",
                "jiangxi | 2026-12-08T20:00:00+08:00 | 江西柳州线4人，司机小刘也跟车去，一共5个 | liuzhou | 5",
                "henan | 2026-12-08T20:00:00+08:00 | 河南3个都去北海 但是有一位明天要去区厅开会 去不了了 那就两个 | beihai | 2",
                "shandong | 2026-12-09T10:00:00+08:00 | 山东那个感冒的同志好了，还是去百色，变4个 | baise | 4",
                "jiangsu | 2026-12-08T17:00:00+08:00 | 江苏柳州线现在是5个了 原来报的4个 小李也想去 | liuzhou | 5"
            })
    void standingFigureIsTheRoutesVisit(String sender, String now, String text, String route, int count) {
        ParseOutcome out = PARSER.parse(text, OffsetDateTime.parse(now).toInstant(), sender);
        assertThat(out).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(out.records())
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"上海百色那1个改柳州了 柳州现在5个 | baise | liuzhou | 1 | 5", "上海北海那2个改百色了 百色现在4个 | beihai | baise | 2 | 4"})
    void switchStaysBesideTheFigure(String text, String from, String to, int moved, int count) {
        var now = OffsetDateTime.parse("2026-12-09T09:00:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, "shanghai").records())
                .containsExactlyInAnyOrder(
                        new VisitChange("shanghai", moved, from, to), new Visit("shanghai", to, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"北海线现在几个人了？", "北海那边现在天气怎么样 一共要走几个小时", "北海线的车现在到哪了 3号车就2个人"})
    void talkAboutARouteNowRecordsNoVisit(String text) {
        var now = OffsetDateTime.parse("2026-12-09T10:00:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, "hunan").records()).noneMatch(r -> r instanceof Visit);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南北海线3个 晚饭就2个人吃 | 3"})
    void aMealsFigureAfterTheRouteIsNotItsFigure(String text, int count) {
        var now = OffsetDateTime.parse("2026-12-08T19:00:00+08:00").toInstant();
        assertThat(PARSER.parse(text, now, "hunan").records())
                .filteredOn(Visit.class::isInstance)
                .containsExactly(new Visit("hunan", "beihai", count));
    }
}

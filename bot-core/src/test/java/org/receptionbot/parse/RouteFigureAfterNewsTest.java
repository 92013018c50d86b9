package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A route's figure said after news in the same message (an arrival, a meal, registration, someone's health) is the
 * route's VISIT, a statement of its own; a route's figure said alone at the end after someone leaving is the route's
 * count now; a site visit going "by the list" moves no one.
 */
class RouteFigureAfterNewsTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-12-08T13:00:00+08:00").toInstant();

    private static List<Record> read(String sender, String text) {
        return PARSER.parse(text, NOW, sender).records();
    }

    private static List<Record> visits(String sender, String text) {
        return read(sender, text).stream()
                .filter(r -> r instanceof Visit || r instanceof VisitChange)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu | 江苏厅6人 晚上7点半 G1508到南宁东 北海线6人 | beihai | 6",
                "shandong | 山东第二批3人到了在报到 百色3个 | baise | 3",
                "liaoning | 辽宁那个发烧的同志好多了 柳州线还是去4个 | liuzhou | 4",
                "yunnan | 云南4人刚到山庄 明天北海4个都去 | beihai | 4",
                "jilin | 吉林明早早餐5个 考察的话百色5个 | baise | 5"
            })
    void routeFigureAfterNewsIsTheRoutesVisit(String sender, String text, String route, int count) {
        assertThat(visits(sender, text)).containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan | 湖南2位MU2571下午3点到 晚宴不用留 柳州全团都去 | liuzhou"})
    void wholeDelegationAfterNewsGoesOnTheRoute(String sender, String text, String route) {
        assertThat(visits(sender, text)).containsExactly(new Visit(sender, route, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"jiangsu | 江苏厅6人 晚上7点半 G1508到南宁东 北海线6人 | 6", "shandong | 山东第二批3人到了在报到 考察照名单走 百色3个 | 3"})
    void theArrivalKeepsItsOwnFigure(String sender, String text, int count) {
        assertThat(read(sender, text))
                .filteredOn(r -> r instanceof Arrival)
                .singleElement()
                .satisfies(r -> assertThat(((Arrival) r).count()).isEqualTo(count));
        assertThat(read(sender, text)).noneMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan | 河南午饭4人 北海那3个的午饭会务组打包了",
                "guizhou | 贵州的晚饭不吃了 百色那两个还没回来",
                "hubei | 湖北6人晚上7点半到 北海线",
                "hubei | 湖北中午4个 有一个临时要回武汉 3个"
            })
    void routesPeoplePointedAtOrNoRouteFigureGiveNoVisit(String sender, String text) {
        assertThat(read(sender, text)).noneMatch(r -> r instanceof Visit);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei | 湖北6人下午到 柳州线少1个 | 1 | liuzhou | ", "hubei | 湖北6人下午到 北海线加1个 | 1 | | beihai"})
    void relativeChangeAfterAnArrivalStaysAChange(String sender, String text, int count, String from, String to) {
        assertThat(visits(sender, text)).containsExactly(new VisitChange(sender, count, from, to));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan | 河南百色线6个 有一个临时要回郑州 5个 | baise | 5",
                "hubei | 湖北北海4个 有个处长下午回武汉 3个 | beihai | 3",
                "jiangxi | 江西柳州线4个 有一个不去了 3个 | liuzhou | 3"
            })
    void loneFigureAfterSomeoneLeavingIsTheRoutesCountNow(String sender, String text, String route, int count) {
        assertThat(visits(sender, text)).containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan | 河南百色线6个 有一个临时要回郑州 5个", "hubei | 湖北北海4个 有个处长下午回武汉 3个"})
    void theOneLeavingIsStillADepartureOfOne(String sender, String text) {
        assertThat(read(sender, text))
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .satisfies(r -> assertThat(((Departure) r).count()).isEqualTo(1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei | 湖北北海线4个 有2个明天要走 2个吃饭 | beihai | 4"})
    void figureWithMoreAfterItIsNoRouteCount(String sender, String text, String route, int count) {
        assertThat(visits(sender, text)).containsExactly(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong | 广东4人到了 考察照原计划走", "hunan | 湖南考察我们还是按名单走 北海3个", "fujian | 考察按原计划走"})
    void visitGoingByThePlanIsNoDeparture(String sender, String text) {
        assertThat(read(sender, text)).noneMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong | 明天按原计划走", "hunan | 湖南明天照原计划走"})
    void leavingByThePlanIsStillADeparture(String sender, String text) {
        assertThat(read(sender, text)).anyMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"ningbo | 宁波住建局这次考察我们就不去了 单位有事 开完会就回", "hunan | 湖南考察去不了了 会后就走"})
    void wholeDropOutThenLeavingAfterTheMeetingIsBoth(String sender, String text) {
        assertThat(read(sender, text))
                .contains(new VisitChange(sender, null, null, null))
                .anyMatch(r -> r instanceof Departure d && d.count() == null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan | 湖南北海不去了 要回厅里处理点事", "hunan | 湖南北海不去了 晚饭回来吃"})
    void dropOutWithAReasonOrAMealIsNoDeparture(String sender, String text) {
        assertThat(read(sender, text)).noneMatch(r -> r instanceof Departure);
    }
}

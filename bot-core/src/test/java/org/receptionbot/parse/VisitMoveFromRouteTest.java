package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A change word, the people moved, then the route they go to, said right after the route they leave ("百色线挪1个到北海线"):
 * a switch of that many from the route named before the word, with no group figure said.
 */
class VisitMoveFromRouteTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T21:52");

    @ParameterizedTest
    @CsvSource({
        "henan, 河南厅百色线挪1个到北海线，是刘处, 1, baise, beihai",
        "hunan, 北海线调2个人去柳州, 2, beihai, liuzhou",
        "hunan, 湖南北海挪一个到柳州线, 1, beihai, liuzhou",
        "guangdong, 北海线那边转1人到百色, 1, beihai, baise",
        "jiangsu, 江苏北海组调两位去百色线 领导定的, 2, beihai, baise"
    })
    void movedFromTheRouteNamedBefore(String sender, String text, int count, String from, String to) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, from, to));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 百色线挪1个到北海线可以吗？", "hunan, 北海线挪1个到北海线", "hunan, 百色线挪1个到北海线吗"})
    void askedOrToTheSameRouteIsNoSwitch(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class).hasNo(Visit.class);
    }

    @ParameterizedTest
    @CsvSource({"ningbo, 不好意思 宁波从北海换1个到柳州", "tianjin, 天津柳州线挪1个到北海"})
    void fromARouteWithNoOnePlannedIsAsked(String sender, String text) {
        PARSER.check(text, sender).noRecords().asks();
    }

    @ParameterizedTest
    @CsvSource({"hunan, 北海5个人 调两个人去百色, 2, beihai, baise"})
    void aGroupFigureBeforeStillGivesThePart(String sender, String text, int count, String from, String to) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, from, to));
    }
}

package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * Drop-outs and switches of people named or described one by one: 有一位 is one person, carried from an illness said
 * before to the drop-out after it (湖南厅有一位发烧了，今天北海不去了: 1 off 北海), a surname such as 伍 names a person
 * (伍处不去百色了 跟柳州线走: 1), and 退 right before a figure after a route takes them off it (百色线退2个). A
 * person of a route who drops out and then goes with another route (北海那个王处下午不去了 跟柳州线的车走了) switches.
 */
class VisitDropOutByNameTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:10");

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南厅有一位昨晚发烧了，今天北海不去了, 1, beihai",
        "hubei, 湖北有一位同志拉肚子了，下午柳州去不了了, 1, liuzhou",
        "xinjiang, 新疆厅百色线退2个 两位老同志身体吃不消, 2, baise",
        "anhui, 安徽百色线退掉一个人, 1, baise"
    })
    void dropOutOfOnePersonOrOfThoseTakenOff(String sender, String text, int count, String route) {
        PARSER.check(text, sender).recordsInclude(new VisitChange(sender, count, route, null));
    }

    @ParameterizedTest
    @CsvSource({
        "guangdong, 广东厅伍处不去百色了 跟柳州线走, baise, liuzhou",
        "guangdong, 广东欧处不去北海了 改去百色, beihai, baise",
        // a route's person dropping out, then riding with another route: 湖北厅北海那个何处下午不去了 跟柳州线的车走了 (trial 63)
        "hunan, 湖南北海那个王处下午不去了 跟柳州线的车走了, beihai, liuzhou",
        "hebei, 河北北海的何处不去了 跟柳州线走, beihai, liuzhou",
        "guangdong, 广东百色那个伍处长今天不去了 跟北海线走, baise, beihai"
    })
    void aNamedPersonSwitches(String sender, String text, String from, String to) {
        PARSER.check(text, sender).records(new VisitChange(sender, 1, from, to));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南北海线王处下午不去了 柳州线照常", "hunan, 湖南北海线王处下午不去了 跟车回酒店了"})
    void aDropOutWithNoRouteRiddenWithStaysADropOut(String sender, String text) {
        PARSER.check(text, sender).recordsInclude(new VisitChange(sender, 1, "beihai", null));
    }

    @ParameterizedTest
    @CsvSource({"guangxi, 广西百色线报3个 退房的事晚点再说, baise, 3", "hunan, 湖南北海线4个 有一位置靠前的要换, beihai, 4"})
    void noOneTakenOffIsAFigureStill(String sender, String text, String route, int count) {
        PARSER.check(text, sender)
                .recordsInclude(new Visit(sender, route, count))
                .hasNo(VisitChange.class);
    }

    @ParameterizedTest
    @CsvSource({"jiangxi, 江西退2间房", "jiangxi, 江西下午退房 北海线照常"})
    void aRoomGivenBackIsNoDropOut(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class);
    }
}

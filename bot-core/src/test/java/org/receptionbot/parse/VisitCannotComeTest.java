package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * 来不了 said of people of a route named before it in the clause ("北海线4人里面有一个来不了了") drops them from that route;
 * after a route's figure with no route of its own ("报6个人 本来7个 有一个领导临时有事来不了了") it only explains the
 * figure, and said of a meal (晚宴来不了) or the conference it is no drop-out.
 */
class VisitCannotComeTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:10");

    @ParameterizedTest
    @CsvSource({
        "guangdong, 广东北海线4人里面有一个来不了了 下午要去自治区厅对接工作, 1, beihai",
        "hunan, 湖南柳州那3个里面有两个来不了了, 2, liuzhou",
        "hubei, 湖北柳州线有一个来不了了, 1, liuzhou",
        "hubei, 柳州线湖北有两位来不了了 家里有事, 2, liuzhou",
        "anhui, 百色线我们有1个临时来不成了, 1, baise"
    })
    void cannotComeOnARouteDropsOut(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, route, null));
    }

    @ParameterizedTest
    @CsvSource({"zhejiang, 浙江的 我们柳州线嗯 报6个人 本来7个 有一个领导临时有事来不了了, 6, liuzhou", "qingdao, 青岛柳州线去2仁 有一个临时来不了, 2, liuzhou"})
    void cannotComeAfterAFigureOnlyExplainsIt(String sender, String text, int count, String route) {
        PARSER.check(text, sender).records(new Visit(sender, route, count));
    }

    @ParameterizedTest
    @CsvSource({"jilin, 吉林厅有个处长家里有事来不了了 就3个人 晚宴3人", "xiamen, 厦门2人晚宴来不了了", "gansu, 甘肃的 那开幕式也来不了了吧"})
    void cannotComeWithNoRouteIsNoDropOut(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class);
    }
}

package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * Someone who did not go on a route (没去百色, 没跟北海线走) lowers the delegation's figure there: a VISIT_CHANGE off the
 * route; "5个人去了百色 1个没去" says who went: the route's figure, the one who stayed no drop-out of their own.
 */
class VisitStayedBehindTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T14:10");

    @ParameterizedTest
    @CsvSource({
        "henan, 我们有1个人不舒服没去百色 留在酒店了, 1, baise",
        "henan, 我们有1个人没去百色, 1, baise",
        "hubei, 湖北有一位发烧了没去柳州 留在房间, 1, liuzhou",
        "fujian, 我们2个人感冒了没跟北海线走 在酒店, 2, beihai",
        "hunan, 有两位同志临时有事没去柳州线, 2, liuzhou",
        "henan, 百色线有1人没去 在宾馆休息, 1, baise"
    })
    void someoneWhoDidNotGoLowersTheRoute(String sender, String text, int count, String route) {
        PARSER.check(text, sender)
                .thenRecords()
                .filteredOn(VisitChange.class::isInstance)
                .singleElement()
                .isEqualTo(new VisitChange(sender, count, route, null));
        PARSER.check(text, sender).hasNo(Visit.class);
    }

    @ParameterizedTest
    @CsvSource({
        "不对 是5个人去了百色 1个没去, 5, baise",
        "说错了 百色去了5个 有1个没去, 5, baise",
        "更正一下 北海去了4个 2个没去, 4, beihai",
        "柳州线实际去了3个人 有1个留在酒店了, 3, liuzhou",
        "刚才报错了 4个人都去了北海 另外1个没去, 4, beihai"
    })
    void whoWentThenWhoStayedIsTheFigureWhoWent(String text, int count, String route) {
        PARSER.check(text, "henan")
                .thenRecords()
                .filteredOn(r -> r instanceof Visit || r instanceof VisitChange)
                .containsExactly(new Visit("henan", route, count));
    }

    @ParameterizedTest
    @ValueSource(strings = {"他们还没去百色 车还没来", "我们本来就没去百色", "没去百色的那个晚上在酒店吃", "湖南没去考察的2个人 晚上在山庄吃饭"})
    void notYetGoneOrDescribedDropsNoOne(String text) {
        PARSER.check(text, "henan").hasNo(VisitChange.class);
    }
}

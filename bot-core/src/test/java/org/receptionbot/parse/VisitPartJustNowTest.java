package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.VisitChange;

/**
 * "重庆百色线5个 刚有1个…在田东站下车坐高铁回去了": 刚/刚才 before 有 says when, so the part picked out of the route's
 * group (1 of 5) is who leaves it, not the whole group.
 */
class VisitPartJustNowTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T15:20");

    @ParameterizedTest
    @CsvSource({"chongqing, 重庆百色线5个 刚有1个接到电话单位有急事 在田东站下车坐高铁回去了", "chongqing, 重庆百色线5个 刚才有1个身体不舒服 不去了"})
    void thePartJustSaidLeavesTheRoute(String sender, String text) {
        PARSER.check(text, sender).recordsInclude(new VisitChange(sender, 1, "baise", null));
    }

    @ParameterizedTest
    @CsvSource({"chongqing, 重庆百色线5个 刚有1个到了"})
    void thePartJustArrivedChangesNoVisit(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class);
    }
}

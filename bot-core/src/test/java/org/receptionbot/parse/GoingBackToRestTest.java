package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * Going back to rest where the team stays ("七个明天一早有比赛的先回去睡觉", be108) or back by taxi with no city named
 * ("我们自己打车回", bf071) is no departure from the event; going back home still is.
 */
class GoingBackToRestTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-19T16:53");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fujian|福建宵夜改成25人 七个明天一早有比赛的先回去睡觉",
                "hunan|晚饭28个 有几个累了先回去休息",
                "sichuan|宵夜少5个 他们5个先回来洗澡",
                "jilin|不用 我们自己打车回 谢谢",
                "hebei|河北那3个看完比赛自己打个车回",
                "gansu|甘肃明天中午少4个 那4个比完赛先回去吃饭"
            })
    void goingBackToRestIsNoDeparture(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Departure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"fujian|福建有7个明天一早先回去 坐G1234", "jilin|吉林5个人明天打车回长春", "hunan|湖南明天先回去10个 剩下的后天走"})
    void goingBackHomeIsStillADeparture(String sender, String text) {
        PARSER.check(text, sender).contractHas(Departure.class);
    }
}

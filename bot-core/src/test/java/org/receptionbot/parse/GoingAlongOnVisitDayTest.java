package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/** On a day of site visits, people going along with the bus or a leader go on the visit: no departure. */
class GoingAlongOnVisitDayTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:00");

    @ParameterizedTest
    @CsvSource({
        "guangxi, 广西晚饭3个人 剩下的都跟车走了",
        "hebei, 河北的都跟着大巴走了",
        "mee, 环境部柳州的两位改北海 跟司长一起走",
        "jiangsu, 江苏两个同志跟处长一块去",
        "henan, 剩下的人跟领导一起走"
    })
    void goingAlongIsNoDeparture(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Departure.class);
    }

    @ParameterizedTest
    @CsvSource({"hebei, 另外两位跟司长一起走 明早CA1234", "hebei, 剩下的跟车走 晚上8点的G1234"})
    void leavingWithATicketIsStillADeparture(String sender, String text) {
        PARSER.check(text, sender).contractHas(Departure.class);
    }
}

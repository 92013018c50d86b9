package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/**
 * A bus waiting for a team whose train or flight is late to a new time ("5号车在机场等云南 飞机延误到21:30") reports
 * the team's arrival at that time, and the waiters going back after it ("我们先回去了") are no one's departure (trial
 * 45); a bus late itself or a notice to its driver is no arrival.
 */
class WaitingBusDelayTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T16:45");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "9号车新疆的还没到 航班延误到晚上八点 我们先回去了|xinjiang|20:00|-",
                "9号车新疆的还没到 航班延误到晚上八点|xinjiang|20:00|-",
                "5号车在机场等云南 飞机延误到21:30|yunnan|21:30|-",
                "3号车还在高铁站 湖南的G1234晚点了 改成晚上8点10分|hunan|20:10|G1234",
                "10号车北京的还没来 飞机延误到22:15 我们先回酒店了|beijing|22:15|-",
                "新疆的还没到 航班延误到晚上八点 我们先回去了|xinjiang|20:00|-",
                "云南的还没落地 飞机延误到21:30 5号车先回酒店了|yunnan|21:30|-"
            })
    void theWaitedTeamArrivesAtTheNewTime(String text, String team, String time, String transport) {
        PARSER.check(text).contract(new Arrival(team, TODAY, LocalTime.parse(time), null, transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"5号车谭师傅请注意 云南航班延误到11:30", "5号车延误到8点", "5号车接云南 飞机延误到21:30吗", "8号车已经在高铁站等着了 重庆的G1502晚点二十分钟"})
    void aBusLateANoticeOrAQuestionIsNoArrival(String text) {
        PARSER.check(text).contractHasNo(Arrival.class).contractHasNo(Departure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"xinjiang|新疆20人今天到 我们明天先回去", "hunan|湖南的还没到 G1234晚点了 晚上8点到 湖南明天先回去了"})
    void aTeamLeavingItselfStaysADeparture(String sender, String text) {
        PARSER.check(text, sender).contractHas(Departure.class);
    }
}

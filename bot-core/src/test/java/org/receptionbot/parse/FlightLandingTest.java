package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * A flight said by both ends arrives at its landing time ("11点半起飞 下午4点15落地"), one arrival with the people and
 * the flight; boarded with a pickup asked for is coming here. A flight home said by both ends stays a departure.
 */
class FlightLandingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T07:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "liaoning|辽宁厅6人 沈阳桃仙CZ6301 11点半起飞 下午4点15落地吴圩|16:15|6|CZ6301",
                "beijing|北京住建委5人已登机 CA1329 预计11:25落地吴圩 麻烦安排接一下 谢谢|11:25|5|CA1329",
                "hunan|湖南厅4人 MU5301 9点起飞 12点10分到南宁|12:10|4|MU5301",
                "hunan|我们飞机9点40起飞 下午1点到 共4人|13:00|4|",
                "fujian|福建厅3人 MF8101 十点起飞 大概12点半落地 需要接机|12:30|3|MF8101"
            })
    void theLandingTimeIsTheArrival(String sender, String text, String time, int count, String flight) {
        List<Record> got = PARSER.read(text, sender).contractRecords();
        assertThat(got).as(text).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.time()).hasToString(time);
            assertThat(a.count()).isEqualTo(count);
            assertThat(a.transport()).isEqualTo(flight);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南厅明天返程 4人 CZ3321 下午3点起飞 5点到长沙|15:00", "hunan|湖南厅明天走 4人 坐CZ3321 下午3点起飞 5点落地长沙|15:00"})
    void aFlightHomeLeavesAtItsTakeOff(String sender, String text, String time) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.time()).hasToString(time);
                    assertThat(d.count()).isEqualTo(4);
                    assertThat(d.transport()).isEqualTo("CZ3321");
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南厅明天4人 CZ3321 下午3点起飞 5点到长沙"})
    void aFlightWhoseWayIsNotSaidIsStillAsked(String sender, String text) {
        assertThat(PARSER.read(text, sender)).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
    }
}

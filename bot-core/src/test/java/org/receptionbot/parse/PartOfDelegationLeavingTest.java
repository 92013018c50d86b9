package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * Part of a delegation leaving, counted by person words (另外俩, 留下的那位, 两位) and riding or taken by an event vehicle
 * (坐11号车先走, 10号车送两位司长去机场): a departure of those people, not the vehicle leaving.
 */
class PartOfDelegationLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T18:00");

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南还有3个人明天下午坐5号车去高铁站 G1234, 3",
        "guangxi, 广西两个同志明早乘7号车走 8点半的航班, 2",
        "sichuan, 四川晚饭5个 另外仨明天一早坐12号车先走, 3",
        "hebei, 河北明早6个 剩下那位明天中午坐G1234回去, 1",
        "hebei, 另外那位今晚就走了 坐CA1234, 1",
        "xiamen, 厦门明天早饭2个 剩下的一位今晚8点MF8116先回厦门, 1",
        "jiangxi, 江西明天中午3个 另外俩明早搭9号车先走 CZ3456, 2",
        "mohurd, 8号车明天上午10点送三位处长去机场, 3"
    })
    void peopleCountedLeaveThemselves(String sender, String text, int people) {
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .satisfies(d -> assertThat(((Departure) d).count()).isEqualTo(people));
    }

    @ParameterizedTest
    @CsvSource({"hebei, 3号车明天上午10点出发去机场", ", 3号车明天上午10点送三个人去机场", "hebei, 那位领导坐3号车去党校了 开完会回来", "hebei, 剩下的都坐3号车走"})
    void vehicleTripsMoveNoPeopleOfTheirOwn(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Movement.class);
    }
}

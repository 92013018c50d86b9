package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * Trial 63's "早上走的3个是去机场回济南，6点半已经出发了": the leavers named by their move and where they go, then the
 * clock time they set off at said as done, is one departure of that count at that time today.
 */
class SetOffAtClockTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shandong|早上走的3个是去机场回济南，6点半已经出发了|3|06:30",
                "henan|早上走的2个是回郑州的，7点已经出发了|2|07:00",
                "yunnan|先走的4个是去机场，7点半出发了|4|07:30",
                // a space instead of the comma is a clause break all the same
                "shandong|早上走的3个是去机场回济南 6点半已经出发了|3|06:30",
                "henan|早上走的2个是回郑州的 7点已经走了|2|07:00"
            })
    void theClockOfTheSettingOffIsTheDeparturesTime(String team, String text, int people, String time) {
        PARSER.check(text, team).records(new Departure(team, TODAY, LocalTime.parse(time), people, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a time not yet past is no setting off done
                "shandong|早上走的3个是去机场回济南，10点半已经出发了",
                // another figure said with the time is no follow-up of those leavers
                "shandong|早上走的3个是去机场回济南，6点半又走了2个",
                "shandong|早上走的3个是去机场回济南 6点半又走了2个",
                // a ride's hour with no setting off said done is no time of leaving done
                "shandong|早上走的3个是去机场回济南 6点半的车"
            })
    void aTimeNotPastOrOtherPeopleGiveNoTime(String team, String text) {
        PARSER.check(text, team)
                .thenRecords()
                .noneSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r)
                        .isInstanceOfSatisfying(
                                Departure.class,
                                d -> org.assertj.core.api.Assertions.assertThat(d.time())
                                        .isNotNull()));
    }
}

package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.PartOfDay;

/**
 * The ones not met with the rest, said to come by a ride of a later half of a day ("还差2个 明天中午的航班"), arrive in
 * that half of the day, with no clock time (records.md: no time given), not at its start: breakfast does not count
 * people landing at noon (trial 43).
 */
class ShortOnesPartOfDayTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T16:40");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "接到新疆队45人 还差2个 明天中午的航班|xinjiang|2|NOON",
                "湖南接到30个 还有3个明天下午的高铁|hunan|3|AFTERNOON",
                "2号车接到湖北50个 剩下3个明天晚上的飞机|hubei|3|EVENING",
                "广东的接上了 30个 差1个 明天上午的动车|guangdong|1|MORNING"
            })
    void theOnesStillToComeKeepTheHalfOfTheDayOfTheirRide(String text, String team, int rest, PartOfDay part) {
        AT.check(text)
                .thenRecords()
                .filteredOn(r -> r instanceof Arrival a && a.date().equals(TOMORROW))
                .containsExactly(new Arrival(team, TOMORROW, null, rest, null, part));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"接到新疆队45人 还差2个明天到|xinjiang|2", "四川接上了40人 剩2个明天坐高铁到|sichuan|2"})
    void withNoHalfOfTheDaySaidTheyComeThatDayWithNone(String text, String team, int rest) {
        AT.check(text)
                .thenRecords()
                .filteredOn(r -> r instanceof Arrival a && a.date().equals(TOMORROW))
                .containsExactly(new Arrival(team, TOMORROW, null, rest, null, null));
    }
}

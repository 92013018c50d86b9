package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/**
 * "2号车实到28人 少的2个是山东的 在房间拿东西": the delegation said of the people missing (N个是X的) is who is missing,
 * not the bus's count: the head count keeps the bus's own delegation (none for a route bus). A delegation said of the
 * whole bus (都是山东的, or before the bus) is still the count's.
 */
class BusShortNamedTeamTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:35");

    @ParameterizedTest
    @CsvSource({"2号车实到28人 少的2个是山东的 在房间拿东西, 2, 28", "2号车实到28人，少的2个是山东的, 2, 28", "1号车实到30人 差的1个是江西的 马上下来, 1, 30"})
    void theMissingPeoplesDelegationIsNotTheCounts(String text, String bus, int count) {
        PARSER.check(text, null).recordsInclude(new Headcount(bus, count, null));
    }

    @ParameterizedTest
    @CsvSource({"2号车实到28人 都是山东的", "山东的 2号车实到28人"})
    void aDelegationOfTheWholeBusIsTheCounts(String text) {
        PARSER.check(text, null).records(new Headcount("2", 28, "shandong"));
    }
}

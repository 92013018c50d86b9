package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * A day number alone ("1号") said at the end of a month, when this month's day is weeks gone and the next month's is
 * days ahead, is the next month's (the reference games run 11-18 to 11-29; trial 64 on a shifted sample).
 */
class DayOfNextMonthTest {
    @Test
    void theFirstSaidOnTheLastDayIsTheComingFirst() {
        ParserFixture.of(TestEvents.reference(), "2026-11-29T20:00")
                .check("我们1号早上8点的G1118走 31人", "beijing")
                .records(new Departure("beijing", LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), 31, "G1118"));
    }

    @Test
    void aDayOfThisMonthNotLongGoneStaysInThisMonth() {
        // the 3rd said on the 5th of a month is two days ago, not the 3rd of the next month
        ParserFixture.of(TestEvents.conference(), "2026-12-05T20:00")
                .check("我们3号就到了 38人", "beijing")
                .thenRecords()
                .allSatisfy(r ->
                        org.assertj.core.api.Assertions.assertThat(r.toString()).doesNotContain("2027-01-03"));
    }
}

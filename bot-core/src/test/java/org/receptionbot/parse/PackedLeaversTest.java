package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * People going out early in the morning with portions packed for them are the packed breakfast, no departure; the
 * same figure leaving in the evening is a departure.
 */
class PackedLeaversTest {
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 25);
    private final MessageParser parser = new MessageParser(TestEvents.reference());

    private ParseOutcome read(String text) {
        return parser.parse(
                text, OffsetDateTime.parse("2026-11-24T07:10:00+08:00").toInstant(), "guangxi");
    }

    @Test
    void theirEarlyStartIsThePackedBreakfastAndNoDeparture() {
        assertThat(read("明天早上要打包10份早餐 有10个运动员6点就走").records())
                .containsExactly(new MealCount("guangxi", TOMORROW, "BREAKFAST", 10));
    }

    @Test
    void anHourSaidWithoutItsPartOfTheDayIsEarlyWhenTheMorningIsNamed() {
        assertThat(read("明天早饭打包6份 有6个运动员5点半就要走").records())
                .containsExactly(new MealCount("guangxi", TOMORROW, "BREAKFAST", 6));
    }

    @Test
    void leavingAtTwentyHundredWithBreakfastPackedIsADeparture() {
        assertThat(read("明天早饭打包10份 有10个运动员20:00走").records())
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.time()).isEqualTo(LocalTime.of(20, 0));
                    assertThat(d.count()).isEqualTo(10);
                });
    }

    @Test
    void leavingInTheEveningWithBreakfastPackedIsADeparture() {
        assertThat(read("明天早饭打包10份 有10个运动员晚上8点走").records())
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(
                        Departure.class, d -> assertThat(d.time()).isEqualTo(LocalTime.of(20, 0)));
    }
}

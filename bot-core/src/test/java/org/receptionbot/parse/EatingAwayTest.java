package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;

/** Eating elsewhere cancels; eating at one of the event file's own venues or hotels is the meal itself. */
class EatingAwayTest {

    private final MessageParser conference = new MessageParser(TestEvents.conference());

    private ParseOutcome read(String text) {
        return conference.parse(
                text, OffsetDateTime.parse("2026-12-09T09:00:00+08:00").toInstant(), "hunan");
    }

    @Test
    void aVenueOfThisEventByPartOfItsNameIsNoCancellation() {
        assertThat(read("晚上有5个人去荔园山庄吃").records()).noneMatch(r -> r instanceof MealCancel);
    }

    @Test
    void anotherEventsVenueNameIsSomewhereElse() {
        // 九院 is a venue of the sports games, not of this conference.
        assertThat(read("晚上有5个人去九院吃").records())
                .singleElement()
                .isInstanceOfSatisfying(
                        MealCancel.class, c -> assertThat(c.count()).isEqualTo(5));
    }
}

package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * A meal asked packed for the counted part of a team that leaves ("明早走的6个要打包早餐"), said alone, is their
 * departure and the request for the caterer: no question about the statement both were read from.
 */
class PackedForLeaversTest {
    private final MessageParser parser = new MessageParser(org.receptionbot.event.TestEvents.reference());

    @ParameterizedTest
    @CsvSource({
        "fujian, 明早走的6个要打包早餐, 6, 2026-11-25",
        "hunan, 明天一早走的10个人要打包早饭, 10, 2026-11-25",
        "ningxia, 明早要走的3个要打包早饭, 3, 2026-11-25",
        "shanxi, 后天早上走的7个人要打包早餐, 7, 2026-11-26",
        "jilin, 明早先走的4个人要打包早点, 4, 2026-11-25",
        "fujian, 福建明早走的6个要打包早餐, 6, 2026-11-25"
    })
    void theLeaversPackedMealAloneIsARequestBesideTheirDeparture(String team, String text, int people, String day) {
        ParseOutcome read = parser.parse(
                text, OffsetDateTime.parse("2026-11-24T07:30:00+08:00").toInstant(), team);

        assertThat(read).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records())
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.count()).isEqualTo(people);
                    assertThat(d.date()).isEqualTo(LocalDate.parse(day));
                });
        assertThat(read.records())
                .filteredOn(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL)
                .hasSize(1);
    }
}

package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * 可能 right before the clock time people come in ("火车晚点了 可能四点二十才到") guesses the hour as 估计 does: an arrival
 * at that hour ({@link TransportPending#estimatedHour}). A day or a part of the day alone, another doubt or a question
 * leaves the movement unrecorded.
 */
class GuessedArrivalHourTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tianjin|天津的火车晚点了二十分钟 可能四点二十才到|tianjin|16:20",
                "tianjin|天津的火车晚点了 可能四点二十到|tianjin|16:20",
                "''|湖南的高铁晚点了 可能晚上8点半才能到|hunan|20:30",
                "''|湖北的航班延误了 可能下午3点落地|hubei|15:00",
                "gansu|飞机晚点了 可能要五点才到|gansu|17:00",
                "''|云南可能两点半到|yunnan|14:30"
            })
    void theGuessedHourIsTheArrivalsTime(String sender, String text, String team, LocalTime at) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).hasSize(1);
        Arrival arrival = (Arrival) read.records().get(0);
        assertThat(arrival.delegation()).as(text).isEqualTo(team);
        assertThat(arrival.date()).as(text).isEqualTo(TODAY);
        assertThat(arrival.time()).as(text).isEqualTo(at);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|湖北可能明天到",
                "hubei|湖北可能三点到 还不确定",
                "hubei|湖北可能三点到吧 如果赶得上",
                "hubei|湖北可能三点到吗",
                "hubei|湖北可能三点到 也可能五点"
            })
    void aDoubtOnTheMovementRecordsNoArrival(String sender, String text) {
        ParseOutcome read = AT.read(text, sender);

        assertThat(read.records()).as(text).noneMatch(r -> r instanceof Arrival);
    }
}

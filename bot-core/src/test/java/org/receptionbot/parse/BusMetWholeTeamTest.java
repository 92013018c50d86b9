package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * A bus that met a whole team, said as done with 人齐/到齐/一个不少 or setting off for the hotel ("5号车接到云南的了 五十五人
 * 人齐 出发去酒店"), also said bare ("人齐 出发", "人齐 回云上民宿"), is that team's arrival now; a question, a pickup still to do, or a bus waiting for all to come
 * stays as the rules read it.
 */
class BusMetWholeTeamTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T19:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5号车接到云南的了 五十五人 人齐 出发去酒店|yunnan|55",
                "3号车接到湖南的了 35人 到齐了|hunan|35",
                "8号车接上重庆44个 人齐 出发去宾馆|chongqing|44",
                "5号车接到云南55人 人齐了 出发了|yunnan|55",
                "3号车接上湖南的 三十五个 都齐了 往酒店走|hunan|35",
                "4号车接到贵州50人 人齐 出发|guizhou|50",
                "2号车接到江西的27个 人齐 马上出发|jiangxi|27",
                "3号车接到湖南的35个 人齐 回云上民宿|hunan|35",
                "8号车接上重庆44人 到齐了 去九院宾馆|chongqing|44"
            })
    void aBusThatMetTheWholeTeamIsTheirArrival(String text, String team, int met) {
        ParseOutcome read = AT.read(text, null);

        assertThat(read.records()).as(text).containsExactly(new Arrival(team, TODAY, null, met, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5号车接到云南的了吗 人齐没",
                "5号车去接云南的 55人 人齐了再出发",
                "5号车要接到云南55人 人齐出发",
                "6号车接到广西52人 人齐 出发吗",
                "6号车没接到广西52人 出发",
                "6号车接到广西52人 人齐 回机场",
                "6号车接到广西52人 人齐 等会出发"
            })
    void aPickupNotDoneIsNoArrival(String text) {
        ParseOutcome read = AT.read(text, null);

        assertThat(read.records()).as(text).noneMatch(r -> r instanceof Arrival);
    }
}

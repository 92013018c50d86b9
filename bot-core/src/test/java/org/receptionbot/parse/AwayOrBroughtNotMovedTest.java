package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * Trial 60: someone home for one night and back the next morning ("张处晚上回家 明早回来") does not leave the event, and
 * belongings brought after their owners ("行李找到了 机场说晚上送过来") are no people arriving; people said beside them
 * still move.
 */
class AwayOrBroughtNotMovedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T14:38");

    @ParameterizedTest
    @ValueSource(
            strings = {"河北晚上少1个 张处晚上回家 明早回来", "张处今晚回家 明天一早就回来", "辽宁那件行李找到了 机场说晚上送过来", "行李箱找到了 明天上午送到山庄", "证件落在机场了 晚上送过来"
            })
    void noOneMoves(String text) {
        assertThat(PARSER.read(text, "hebei").records()).as(text).noneMatch(r -> r instanceof Movement);
    }

    @ParameterizedTest
    @CsvSource({
        "张处晚上回家了 不回来了, DEPARTURE, 1",
        "张处明天回家, DEPARTURE, 1",
        "行李找到了 我们5个晚上到, ARRIVAL, 5",
        "辽宁落地 6人 行李少了一件, ARRIVAL, 6"
    })
    void peopleMovingBesideThemStillMove(String text, String kind, Integer count) {
        Class<? extends Record> type = kind.equals("ARRIVAL") ? Arrival.class : Departure.class;

        assertThat(PARSER.read(text, "hebei").records())
                .as(text)
                .anySatisfy(r -> assertThat(r)
                        .isInstanceOfSatisfying(
                                type, m -> assertThat(((Movement) m).count()).isEqualTo(count)));
    }
}

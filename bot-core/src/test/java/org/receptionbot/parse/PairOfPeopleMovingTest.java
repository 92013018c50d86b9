package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/** 他俩, 他们俩, 她仨 moving ("他俩下午4点坐3U8882走") are two or three people, not the one person 他 is. */
class PairOfPeopleMovingTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-22T09:00");

    private ParseOutcome read(String sender, String at, String text) {
        return PARSER.at(at).read(text, sender);
    }

    @ParameterizedTest
    @CsvSource({
        "yunnan, 2026-11-29T12:30, 住院的那个队员出院了 医生说没问题 他俩下午4点坐3U8882走, 2",
        "hunan, 2026-11-27T10:00, 领队和教练先不走 他们俩明天上午10点走, 2",
        "sichuan, 2026-11-27T10:00, 还有两个教练 他俩明天下午坐G1722走, 2",
        "fujian, 2026-11-27T10:00, 她仨明天上午9点走, 3",
        "hubei, 2026-11-27T10:00, 他坐明天上午的G530走, 1"
    })
    void aPairNamedByTheirPronounLeavesAsTwo(String sender, String at, String text, int people) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .satisfies(d -> assertThat(((Departure) d).count()).isEqualTo(people));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 2026-11-19T10:00, 她俩今晚8点到 坐G1314, 2", "hunan, 2026-11-19T10:00, 他们俩晚上9点到 CA1231, 2"})
    void aPairNamedByTheirPronounArrivesAsTwo(String sender, String at, String text, int people) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .singleElement()
                .satisfies(a -> assertThat(((Arrival) a).count()).isEqualTo(people));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 2026-11-27T10:00, 他俩的房间空调坏了 麻烦看下", "hunan, 2026-11-27T10:00, 他俩说走路去赛场就行"})
    void aPairSpokenOfWithoutMovingIsNoMovement(String sender, String at, String text) {
        assertThat(read(sender, at, text).contractRecords()).as(text).noneMatch(r -> r instanceof Movement);
    }
}

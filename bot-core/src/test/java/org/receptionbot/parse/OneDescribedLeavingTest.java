package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * "兵团明早有个官员6点50坐G1722走": one person described by a role (有个教练, 有一个裁判, 有位领队) who leaves is a departure
 * of one, not of the whole delegation and not a figure to ask for.
 */
class OneDescribedLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T21:30");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 25);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "bingtuan|兵团明早有个官员6点50坐G1722走|06:50|G1722",
                "chongqing|重庆有个领队明天凌晨5点走|05:00|-",
                "hubei|湖北有个教练明天上午10点走|10:00|-",
                "hubei|明天有一个裁判上午9点先走 坐D5912|09:00|D5912",
                "hunan|我们有位队医明早8点的高铁走 G1502|08:00|G1502"
            })
    void oneDescribedLeavesAlone(String sender, String text, String time, String transport) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Departure)
                .containsExactly(new Departure(sender, TOMORROW, LocalTime.parse(time), 1, transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|湖北有个教练问明天几点出发", "hubei|有个领队问明天几点出发"})
    void aQuestionOrARemarkOfOneIsNoDeparture(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).noneMatch(r -> r instanceof Departure);
    }
}

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
 * An arrival said done in the written register, 已于 and the hour ("广东厅8人已于18:40到达山庄", "北京团已于14:26准点抵达"): done at
 * that hour today, never a plan whose day is asked. 于 alone (定于, 将于) is a plan.
 */
class AlreadyAtAnHourTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-20T19:05");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong|广东团8人已于18:40到达民宿|18:40|8", "beijing|北京团已于14:26准点抵达|14:26|", "hunan|湖南队已于下午5点抵达|17:00|"})
    void alreadyAtAnHourIsDoneToday(String sender, String text, String time, Integer count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new Arrival(sender, TODAY, LocalTime.parse(time), count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南队定于18:40到达民宿", "hunan|湖南队将于8:40抵达"})
    void atAnHourToComeIsNoArrivalDone(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);
        assertThat(read.contractRecords())
                .as(text)
                .noneMatch(r -> r instanceof Arrival a
                        && TODAY.equals(a.date())
                        && a.time().isBefore(LocalTime.of(19, 0)));
    }
}

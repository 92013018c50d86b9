package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * Session 43 (trial 68 #136): the few still checking out while the bus waits ("北京还有2个在退房 马上下来 车等一下") are no
 * departure and no question whether they leave ({@link StillCheckingOut}); a check-out said for a day or an hour is still
 * asked or read as before.
 */
class StillCheckingOutTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-29T07:50");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"北京还有2个在退房 马上下来 车等一下", "湖南还有两个人还在退房 马上就下来", "湖北还有3个正在退房 稍等几分钟", "还有个队员在退房 等他一下"})
    void theFewStillCheckingOutAreNoDeparture(String text) {
        ParseOutcome read = SPORTS.read(text, "hunan");
        assertThat(read).as(text).isInstanceOf(ParseOutcome.NothingToRecord.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"北京明天上午10点退房", "湖南今天中午12点退房"})
    void aCheckOutAtAnHourIsStillAsked(String text) {
        ParseOutcome read = SPORTS.read(text, "hunan");
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(((ParseOutcome.Incomplete) read).gaps()).as(text).anyMatch(g -> g.missing() == Gap.Field.CONFIRM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"北京还有2个明天上午退房走 坐G1234", "湖南12点退房去车站"})
    void aCheckOutWithLeavingIsADeparture(String text) {
        assertThat(SPORTS.read(text, "hunan").records()).as(text).anyMatch(Departure.class::isInstance);
    }
}

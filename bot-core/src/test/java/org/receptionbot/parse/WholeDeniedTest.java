package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.PartOfDay;

/**
 * "青海不是全团走 只是5个人早上6点先走 另外的中午走" (trial 48, said at 20:05): the whole team's departure denied is no
 * departure, only the part said beside it leaves; a departure in a part of the day already over (中午, said in the
 * evening) is not today's and its day is asked, like the morning hour beside it. Said done (早上的车走了), it stays as read.
 */
class WholeDeniedTest {
    private static final ParserFixture EVENING = ParserFixture.of(TestEvents.conference(), "2026-12-09T20:05");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 10);

    @ParameterizedTest
    @ValueSource(strings = {"青海不是全团走 只是5个人早上6点先走 另外的中午走", "我们不是全团都走 只是2个人上午先走", "宁夏并不是全体离开 有1个早上8点走"})
    void theWholeTeamDeniedLeavesNoWholeDeparture(String text) {
        EVENING.check(text, "qinghai").hasNo(Departure.class).asks();
    }

    @Test
    void withTheDaySaidThePartAndTheRestLeave() {
        EVENING.check("青海不是全团走 只是5个人明天早上6点先走 另外的中午走", "qinghai")
                .contract(
                        new Departure("qinghai", TOMORROW, LocalTime.of(6, 0), 5, null),
                        new Departure("qinghai", TOMORROW, null, null, null, PartOfDay.NOON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"另外的中午走", "剩下的上午走", "其他人中午离开"})
    void aPartOfTheDayAlreadyOverAsksTheDay(String text) {
        EVENING.check(text, "qinghai").hasNo(Departure.class).asks();
    }

    @ParameterizedTest
    @ValueSource(strings = {"青海3个人晚上走", "青海3个人明天中午走"})
    void aPartStillAheadOrADaySaidIsRead(String text) {
        EVENING.check(text, "qinghai").has(Departure.class).asksNothing();
    }

    @Test
    void aQuestionOrAMovementSaidDoneIsNoNewAsk() {
        EVENING.check("不是全团走吗", "qinghai").nothing();
        ParserFixture.of(TestEvents.reference(), "2026-11-29T12:50")
                .check("天津早上的车走了 忘了说", "tianjin")
                .asksNothing();
    }
}

package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * Trial 60's registration day. An hour said with no half of the day, already past today, after the journey is said
 * under way now (落地了, 刚下飞机, 出发了) is the evening's still ahead ("内蒙古落地了 5个人 大概9点到山庄" at 20:12 is 21:00),
 * never an arrival this morning; said done (9点到的), with 早上, or with nothing under way it stays as it was (as said,
 * or the day asked). The registration desk's report of who registered at an hour ("报到处：甘肃4人 青海3人 11点10分报到")
 * is a registration done today, for every team it names.
 */
class HourAheadOnTheWayTest {
    private static final ParserFixture EVENING =
            ParserFixture.of(TestEvents.conference(), "2026-12-08T20:12").as("neimenggu");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "内蒙古落地了 5个人 大概9点到山庄 留的饭放哪里领啊|21:00",
                "我们落地了，预计9点到酒店|21:00",
                "刚下飞机 大概九点半能到山庄|21:30",
                "出发了 10点到|22:00",
                "落地了 9点到山庄|21:00"
            })
    void anHourPastAfterTheJourneyUnderWayIsTonight(String text, String time) {
        assertThat(EVENING.read(text).contractRecords())
                .as(text)
                .containsExactly(new Arrival("neimenggu", TODAY, LocalTime.parse(time), count(text), null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"内蒙古落地了 早上9点到的南宁|09:00", "落地了，9点到的|09:00", "内蒙古9点到的山庄|09:00"})
    void anHourSaidDoneOrInTheMorningStaysAsSaid(String text, String time) {
        assertThat(EVENING.read(text).contractRecords())
                .as(text)
                .containsExactly(new Arrival("neimenggu", TODAY, LocalTime.parse(time), null, null));
    }

    @Test
    void withNothingUnderWayTheDayIsAsked() {
        for (String text : new String[] {"大概9点到山庄", "还没落地，大概9点到山庄"}) {
            ParseOutcome read = EVENING.read(text);
            assertThat(read).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
            assertThat(((ParseOutcome.Incomplete) read).gaps())
                    .as(text)
                    .extracting(Gap::missing)
                    .containsExactly(Gap.Field.DATE);
        }
    }

    @Test
    void theDeskReportsRegistrationsAtAnHourAsToday() {
        ParserFixture desk = ParserFixture.of(TestEvents.conference(), "2026-12-08T11:12");

        assertThat(desk.read("报到处：甘肃4人 青海3人 11点10分报到 已领卡").contractRecords())
                .containsExactlyInAnyOrder(
                        new Arrival("gansu", TODAY, LocalTime.of(11, 10), 4, null),
                        new Arrival("qinghai", TODAY, LocalTime.of(11, 10), 3, null));
        assertThat(desk.read("报到处这边 青海3人 10点50报到的 已领卡").contractRecords())
                .containsExactly(new Arrival("qinghai", TODAY, LocalTime.of(10, 50), 3, null));
        // not the desk speaking, or a registration still ahead: as before
        assertThat(desk.read("报到处：甘肃4人 下午3点报到").contractRecords())
                .containsExactly(new Arrival("gansu", TODAY, LocalTime.of(15, 0), 4, null));
        assertThat(desk.read("甘肃4人 11点10分报到", "gansu")).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    private static Integer count(String text) {
        return text.contains("5个人") ? 5 : null;
    }
}

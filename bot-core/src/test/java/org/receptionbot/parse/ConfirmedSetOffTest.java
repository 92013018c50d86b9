package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * 出发 at a clock time on the event's last days is the team leaving when the team confirms it ("河南确认 明天下午一点半出发
 * 39人") or sets off on the day of its planned departure (湖南: 26 November in the event with people), as it is with a
 * packed meal or a ticket; a trip of the day, a question or a doubt is still no departure.
 */
class ConfirmedSetOffTest {
    private static final ParserFixture EVE = ParserFixture.of(TestEvents.reference(), "2026-11-28T20:10");
    private static final ParserFixture PLANNED =
            ParserFixture.of(TestEvents.withPeople(), "2026-11-25T20:10").as("hunan");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|河南确认 明天下午一点半出发 39人|13:30|39",
                "guizhou|贵州确认 明早十点半出发 比原来提前三个小时|10:30|",
                "zhejiang|确定了 明天上午9点出发|09:00|",
                "anhui|安徽队确认：明天中午12点出发，29人|12:00|29",
            })
    void aConfirmedSetOffIsTheDeparture(String sender, String text, String time, Integer count) {
        assertThat(EVE.read(text, sender).records())
                .as(text)
                .containsExactly(new Departure(sender, LocalDate.of(2026, 11, 29), LocalTime.parse(time), count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"明天早上8点半出发|08:30", "湖南明天上午十点出发|10:00", "明早7点出发 比原来早两个小时|07:00"})
    void aSetOffOnThePlannedDayIsTheDeparture(String text, String time) {
        assertThat(PLANNED.read(text).records())
                .as(text)
                .containsExactly(new Departure("hunan", LocalDate.of(2026, 11, 26), LocalTime.parse(time), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"河南确认 明天上午8点出发去赛场", "确认一下明天是不是8点出发？", "不确定明天几点出发", "明天下午一点半出发", "河南明天下午一点半出发吗 确认一下"})
    void noConfirmationNoPlanOrATripIsNoDeparture(String text) {
        assertThat(EVE.read(text, "henan").records()).as(text).noneMatch(Departure.class::isInstance);
    }
}

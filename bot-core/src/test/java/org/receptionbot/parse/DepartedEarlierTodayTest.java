package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * A departure said done at a clock time already past ("江西的车早上6点05开走了 二十七人一个不少", "宁夏的车8点13走的 CZ2392
 * 31人都齐了"), late in the event, is today's: no question about the day.
 */
class DepartedEarlierTodayTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-22T09:00");

    private ParseOutcome read(String sender, String at, String text) {
        return PARSER.at(at).read(text, sender.isBlank() ? null : sender);
    }

    @ParameterizedTest
    @CsvSource({
        "jiangxi, 2026-11-28T06:05, 江西的车早上6点05开走了 二十七人一个不少, jiangxi, 06:05, 27",
        "'', 2026-11-28T08:15, 宁夏的车8点13走的 CZ2392 31人都齐了, ningxia, 08:13, 31",
        "hunan, 2026-11-28T09:00, 湖南7点半走的 35人都在车上, hunan, 07:30, 35",
        "sichuan, 2026-11-27T10:00, 四川的大巴8点出发了 42个人 去恩施站, sichuan, 08:00, 42",
        "'', 2026-11-28T11:00, 甘肃队9点10分走的 28人 D5682, gansu, 09:10, 28",
        "fujian, 2026-11-29T11:00, 福建的车10点20走了 全团30人 坐G1722, fujian, 10:20, 30"
    })
    void aDepartureSaidDoneAtAPastClockTimeIsTodays(
            String sender, String at, String text, String team, String time, int people) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).as(text).singleElement().isInstanceOfSatisfying(Departure.class, d -> {
            assertThat(d.delegation()).isEqualTo(team);
            assertThat(d.date()).isEqualTo(LocalDate.parse(at.substring(0, 10)));
            assertThat(d.time()).isEqualTo(LocalTime.parse(time));
            assertThat(d.count()).isEqualTo(people);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "hunan, 2026-11-25T08:00, 湖南的车7点出发了 去赛场",
        "hunan, 2026-11-26T09:00, 我们7点出发的 现在到赛场了",
        "hunan, 2026-11-19T15:00, 我们早上6点从长沙出发的 预计下午5点到"
    })
    void noDepartureOfTodayWhereNoOneLeavesTheEvent(String sender, String at, String text) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords()).as(text).noneMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource({"tianjin, 2026-11-27T20:00, 天津明早6点半取早餐 7点就走了", "hunan, 2026-11-27T21:00, 明天一早 6点走了"})
    void aLeavingOfAnotherDaySaidBeforeIsNotTodays(String sender, String at, String text) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Departure)
                .allSatisfy(r -> assertThat(((Departure) r).date()).isEqualTo(LocalDate.parse("2026-11-28")));
    }
}

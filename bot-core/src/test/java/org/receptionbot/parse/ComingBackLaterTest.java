package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * People of the event saying when they will be back ("全队后天上午才回得来", "估计七点多才回来") are coming back from an
 * outing: no departure, and with nothing else said, no record and no question. Real departures stay departures.
 */
class ComingBackLaterTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-22T09:00");

    private ParseOutcome read(String sender, String at, String text) {
        return PARSER.at(at).read(text, sender.isBlank() ? null : sender);
    }

    @ParameterizedTest
    @CsvSource({
        "guangxi, 2026-11-24T16:00, 估计七点多才回得来",
        "hebei, 2026-11-23T08:00, 河北队今天比赛 晚上十点才回得来",
        "fujian, 2026-11-23T15:00, 比赛拖时间了 可能九点多才回",
        "hunan, 2026-11-22T09:00, 他们说回得来",
        "hunan, 2026-11-22T09:00, 回不来的话再说"
    })
    void comingBackIsNoMovementAndNoQuestion(String sender, String at, String text) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.NothingToRecord.class);
    }

    /** Back only on a later day: meals are missed, so the liaison is asked, but nothing moves. */
    @ParameterizedTest
    @CsvSource({
        "hunan, 2026-11-22T09:00, 全队后天上午才回得来",
        "hunan, 2026-11-22T09:00, 全队后天上午才回来",
        "sichuan, 2026-11-22T10:00, 我们明天下午才能回来",
        "'', 2026-11-23T14:00, 云南队明天中午才回来"
    })
    void comingBackOnALaterDayIsNoMovementButAsked(String sender, String at, String text) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords()).as(text).noneMatch(r -> r instanceof org.receptionbot.record.Movement);
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @ParameterizedTest
    @CsvSource({
        "guangxi, 2026-11-24T16:00, 广西的比赛完了 估计七点多才回得来 晚饭52人, 52",
        "jiangsu, 2026-11-24T15:00, 江苏晚饭34个 估计八点才回得来, 34",
        "hunan, 2026-11-24T15:00, 全队训练完七点多才能回来 晚饭40人, 40"
    })
    void theMealBesideComingBackIsRead(String sender, String at, String text, int people) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords())
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(
                        MealCount.class, m -> assertThat(m.count()).isEqualTo(people));
    }

    @ParameterizedTest
    @CsvSource({
        "hunan, 2026-11-22T09:00, 明天回去了",
        "hunan, 2026-11-22T09:00, 后天上午回长沙",
        "sichuan, 2026-11-22T09:00, 四川队明天下午回成都",
        "hebei, 2026-11-22T09:00, 河北明天坐G1234回石家庄"
    })
    void aRealDepartureStaysADeparture(String sender, String at, String text) {
        ParseOutcome read = read(sender, at, text);

        assertThat(read.contractRecords()).as(text).singleElement().isInstanceOf(Departure.class);
    }
}

package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fiftieth trial's pickups: a bus liaison's pickup, a delay or a second "接到了" of an arrival the team reported
 * confirms or updates it on the movement board, never adds a second one; a pickup of the part of a team still expected
 * is that part.
 */
class PickupsOfExpectedArrivalsTest {

    private static String linesOf(String board, String team) {
        return String.join("\n", board.lines().filter(l -> l.contains(team)).toList());
    }

    private static long countOf(String board, String team) {
        return board.lines().filter(l -> l.contains(team)).count();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tianjin|2026-12-08T09:10|我们4个人上1号车了 大概10点到酒店|bus1|2026-12-08T09:11|天津4人接到了 已上车|天津|09:11",
                "beijing|2026-12-08T09:10|北京5人 坐G421 下午2点15到南宁东站 麻烦安排接一下|bus2|2026-12-08T14:20"
                        + "|北京5人接到了 G421准点 14:40左右到荔园|北京|G421",
                "yunnan|2026-12-08T09:10|云南6个人 下午3点到|bus3|2026-12-08T15:05|3号车已接到云南6位|云南|15:05",
            })
    void aPickupOfAnArrivalReportedConfirmsIt(
            String team,
            String at,
            String report,
            String bus,
            String pickedAt,
            String pickup,
            String name,
            String shown) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say(team, at, report);
        f.say(bus, pickedAt, pickup);

        String board = f.answerTo("huang", pickedAt.substring(0, 11) + "23:00", "今日动态");

        assertThat(countOf(board, name)).as(board).isEqualTo(1);
        assertThat(linesOf(board, name)).contains(shown);
    }

    @Test
    void aDelayThenAPickupStandAsOneArrival() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("gansu", "2026-12-08T14:45", "甘肃4人 坐的火车 D3851 17:20到南宁站 需要接");
        f.say("bus3", "2026-12-08T15:05", "3号车在南宁站 接甘肃4人 D3851晚点20分钟");
        f.say("bus3", "2026-12-08T17:50", "甘肃的接到了 4个 人齐 回荔园");

        String board = f.answerTo("huang", "2026-12-08T18:00", "今日动态");

        assertThat(countOf(board, "甘肃")).as(board).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"4号车已接到云南1位|22:20", "4号车已接到云南1人|22:20"})
    void aPickupOfThePartStillExpectedConfirmsThatPart(String pickup, String shown) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("yunnan", "2026-12-08T09:11", "云南先到5个人 现在在车上 还有1个晚上10点才到");
        f.say("bus4", "2026-12-08T22:20", pickup);

        String board = f.answerTo("huang", "2026-12-08T22:30", "今日动态");

        assertThat(countOf(board, "云南")).as(board).isEqualTo(2);
        assertThat(linesOf(board, "云南")).contains(shown).doesNotContain("22:00");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"4号车接到云南的处长了 1位 已送到8号楼", "4号车已接到云南1人 实到1人"})
    void aCountOfThePartStillExpectedIsNoShortfall(String pickup) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("yunnan", "2026-12-08T09:11", "云南先到5个人 现在在车上 还有1个晚上10点才到");

        String answer = f.answerTo("bus4", "2026-12-08T22:20", pickup);

        assertThat(answer).doesNotContain("少5人");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .noneMatch(r -> r.text().contains("清点少"));
    }

    @Test
    void twoPartsOfTheSameSizeExpectedAtDifferentHoursBothStandTillPickedUp() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("yunnan", "2026-12-08T09:00", "云南先到3个人 上午10点到 还有3个下午5点到");

        String board = f.answerTo("huang", "2026-12-08T09:30", "今日动态");

        assertThat(countOf(board, "云南")).as(board).isEqualTo(2);
    }
}

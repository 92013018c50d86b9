package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;

/**
 * Trial 43's evening before the departures on the games sample (上海 and 北京 planned for 11-30 08:30, 新疆 10:30, 内蒙古
 * 12:30): an hour change with no day is the team's one departure's ("提前到6点半出发" is 11-30 06:30, not a question of
 * the day and not 18:30), 提早 and 推后 are read as 提前 and 推迟, and a move by an amount ("提早半小时走") is the standing
 * hour moved by it; each keeps the planned train.
 */
class HourChangesWithNoDayTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|提前到6点半出发|06:30|G1502",
                "beijing|我们提早到6点出发|06:00|G1118",
                "xinjiang|出发时间提早到5点半|05:30|G1118",
                "jilin|提前到7点出发 车次不变|07:00|G571",
                "beijing|推后到10点出发|10:00|G1118",
                "neimenggu|出发时间改到10点|10:00|G1272",
                "shandong|明天提早到7点出发|07:00|G1272",
                "hubei|提早到六点出发|06:00|G571"
            })
    void anHourChangeWithNoDayIsTheTeamsOneDeparture(String team, String text, String time, String train) {
        assertRecordedTheEveningBefore(team, text, time, train);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|提早半小时走|08:00|G1502",
                "shanghai|提前半小时走|08:00|G1502",
                "xinjiang|明天提早一个小时出发|09:30|G1118",
                "beijing|推迟半小时出发|09:00|G1118",
                "beijing|明天推后一个半小时走|10:00|G1118",
                "hubei|明天推迟40分钟出发|09:10|G571",
                "jilin|出发时间提前半小时|10:00|G571",
                "neimenggu|晚点半小时出发|13:00|G1272",
                "shandong|明天早半个小时出发|10:00|G1272"
            })
    void aMoveByAnAmountIsTheStandingHourMovedByIt(String team, String text, String time, String train) {
        assertRecordedTheEveningBefore(team, text, time, train);
    }

    /** {@code text} said the evening before is recorded at once as the whole team's departure at {@code time}. */
    private static void assertRecordedTheEveningBefore(String team, String text, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");

        String answer = f.answerTo(team, "20:10", text);

        assertThat(answer).as(text).startsWith("已记录").contains(time, train).doesNotContain("哪一天", "18:30");
        assertThat(f.movementsOf(team))
                .as(text)
                .singleElement()
                .isEqualTo(new Departure(team, LEAVING, LocalTime.parse(time), null, train));
    }

    @Test
    void aMoveByAnAmountMovesTheDepartureAsRecordedNotThePlan() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.say("shanghai", "20:00", "明天出发时间调整为7点");

        f.say("shanghai", "20:30", "再提前半小时走");

        assertThat(f.movementsOf("shanghai"))
                .singleElement()
                .isEqualTo(new Departure("shanghai", LEAVING, LocalTime.of(6, 30), null, "G1502"));
    }

    @Test
    void aTeamWithNoDepartureAheadIsStillAskedTheDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");

        String asked = f.answerTo("hebei", "20:10", "提前到6点半出发");
        f.say("hebei", "20:11", "明天");

        assertThat(asked).contains("哪一天");
        assertThat(f.movementsOf("hebei"))
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LEAVING));
    }

    @Test
    void aTeamWhosePlannedDepartureIsMadeIsAskedTheDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");

        assertThat(f.answerTo("tianjin", "20:10", "提前到6点半出发")).contains("哪一天");
        assertThat(f.movementsOf("tianjin")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|明天能不能提前半小时出发",
                "beijing|提前到6点出发可以吗",
                "shanghai|明天早饭提早到6点半",
                "xinjiang|早饭提前半小时 出发时间不变",
                "beijing|明天比赛提早了 改成7点出发"
            })
    void talkAndMealsMoveNoDeparture(String team, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");

        f.say(team, "20:10", text);

        assertThat(f.movementsOf(team)).as(text).isEmpty();
    }
}

package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Movement;

/**
 * Trial 47: a ride of today said late or early by an amount with no new hour ("G1502晚点二十分钟", "辽宁推后半小时 车票改签了
 * G1234", "航班延误40分钟") moves the team's standing arrival or departure of today by it; with no hour of today to move, the
 * new hour is asked; a meal, a check-out or a question moved by an amount moves no ride.
 */
class DelaysByAmountTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "chongqing|chongqing|G1502晚点二十分钟|15:35|G1502",
                "bus8|chongqing|8号车 G1502晚点二十分钟|15:35|G1502",
                "shanxi|shanxi|山西推后半小时 车票改签了 G1234|14:15|G1234",
                "yunnan|yunnan|航班延误40分钟|19:40|CA1234",
                "jilin|jilin|我们火车提前20分钟到|17:10|K1158",
                "chongqing|chongqing|重庆的高铁晚点一个小时|16:15|G1502"
            })
    void theStandingHourMovesByTheAmount(String sender, String team, String said, String time, String transport) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");

        f.say(sender, "08:00", said);

        assertThat(f.movementsOf(team))
                .as(said)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.parse(time)))
                .satisfies(m -> assertThat(m.transport()).isEqualTo(transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"云南晚上8点40到|又延误了半小时|21:10", "云南改成晚上九点到|飞机又晚点了二十分钟|21:20"})
    void theLastReportedHourMoves(String report, String said, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.say("yunnan", "16:00", report);

        f.say("yunnan", "17:00", said);

        assertThat(f.movementsOf("yunnan"))
                .as(said)
                .last()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"yunnan|航班延误40分钟", "bus8|8号车 G1502晚点二十分钟"})
    void withNoHourOfTodayTheNewHourIsAsked(String sender, String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-21");

        String answer = f.answerTo(sender, "14:00", said);

        assertThat(answer).as(said).contains("原定几点").contains("请直接写新的时间");
        assertThat(f.movementsOf("yunnan")).as(said).isEmpty();
        assertThat(f.movementsOf("chongqing")).as(said).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"yunnan|晚饭能不能推迟半小时", "yunnan|退房推迟一个小时可以吗", "yunnan|比赛推迟半小时", "yunnan|是不是晚点二十分钟？", "yunnan|会议推迟半小时"
            })
    void mealsCheckOutsAndQuestionsMoveNoRide(String sender, String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");

        String answer = f.answerOrNull(sender, "08:00", said);

        assertThat(answer)
                .as(said)
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).doesNotContain("原定几点"));

        assertThat(f.movementsOf("yunnan")).as(said).map(Movement::time).doesNotContain(LocalTime.of(19, 30));
        assertThat(f.movementsOf("yunnan")).as(said).isEmpty();
    }
}

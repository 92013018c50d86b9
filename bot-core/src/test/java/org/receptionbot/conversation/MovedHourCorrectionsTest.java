package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 45: a departure just moved, corrected. The amount it moved by corrected ("不是推迟一小时 推迟两个小时") moves it from
 * where it stood before, not on top of the wrong hour; the hour taken back said beside the one meant ("不对 是6点半出发
 * 不是7点") corrects the sender's last departure when it is that hour, however long ago; a move again with the new hour
 * ("再推迟一小时 改成11点半") records the hour said.
 */
class MovedHourCorrectionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anhui|安徽明天推迟一个小时走|10:30|安徽那个改一下 不是推迟一小时 推迟两个小时|11:30",
                "shanxi|山西明天提前半小时出发|09:00|不对 不是提前半小时 是提前一个小时|08:30",
                "henan|河南明天推迟40分钟走|14:10|说错了 推迟一个半小时 不是40分钟|15:00",
                "tianjin|天津明天晚一个小时走|12:30|天津的改一下 不是晚一小时 是晚两个小时|13:30",
                "anhui|安徽明天推迟一个小时走|10:30|不是推迟一个小时 是推迟半小时|10:00"
            })
    void theAmountCorrectedMovesFromWhereItStood(String team, String move, String moved, String fix, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        assertThat(f.answerTo(team, "17:00", move)).as(move).contains(moved);

        String answer = f.answerTo(team, "19:30", fix);

        assertThat(answer).as(fix).startsWith("已更正").contains(time).contains("原记录");
        assertThat(f.movementsOf(team))
                .as(fix)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anhui|是不是推迟两个小时？",
                "anhui|不是推迟一小时 推迟两个小时 餐厅几点开门",
                "anhui|湖北不是推迟一小时 推迟两个小时",
                "anhui|不是推迟一小时吗",
            })
    void talkAndOtherTeamsChangeNothing(String team, String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say(team, "17:00", "安徽明天推迟一个小时走");

        String answer = f.answerOrNull(team, "17:05", said);

        unchanged(f, team, said, answer, LocalTime.of(10, 30));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanxi|山西明天走的时间提前了 改成早上7点 车票改签了 K1158改成G1234|不对 是6点半出发 不是7点|06:30",
                "beijing|明天出发时间调整为7点|不是7点 是7点半|07:30",
                "hubei|明天早上7点走 坐G571|是六点半走 不是七点|06:30",
                "jilin|明天出发时间改到9点|错了 不是9点 是早上8点出发|08:00"
            })
    void theHourTakenBackNamesTheDepartureMeant(String team, String report, String fix, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say(team, "17:00", report);

        String answer = f.answerTo(team, "19:30", fix);

        assertThat(answer).as(fix).startsWith("已更正").contains(time);
        assertThat(f.movementsOf(team))
                .as(fix)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"不对 是6点半 不是8点", "是6点半出发 不是7点吗？", "是不是6点半出发 不是7点"})
    void anotherHourTakenBackOrAQuestionChangesNothing(String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say("shanxi", "17:00", "山西明天走的时间提前了 改成早上7点");

        String answer = f.answerOrNull("shanxi", "19:30", said);

        unchanged(f, "shanxi", said, answer, LocalTime.of(7, 0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anhui|安徽明天推迟一个小时走|安徽出发时间再推迟一小时 改成11点半|11:30",
                "jiangsu|江苏明天提前一小时走|江苏出发时间再提前半小时 改成10点|10:00",
                "anhui|安徽明天推迟一个小时走|安徽出发时间又推迟了一小时 改成12点|12:00"
            })
    void aMoveAgainWithItsHourRecordsTheHourSaid(String team, String first, String again, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say(team, "17:00", first);

        String answer = f.answerTo(team, "21:20", again);

        assertThat(answer).as(again).contains(time);
        assertThat(f.movementsOf(team).get(f.movementsOf(team).size() - 1).time())
                .as(again)
                .isEqualTo(LocalTime.parse(time));
    }

    /** Nothing said corrected, and the team's one departure still at {@code time}. */
    private static void unchanged(ConversationFixture f, String team, String said, String answer, LocalTime time) {
        assertThat(answer)
                .as(said)
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).doesNotContain("已更正"));
        assertThat(f.movementsOf(team))
                .as(said)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(time));
    }
}

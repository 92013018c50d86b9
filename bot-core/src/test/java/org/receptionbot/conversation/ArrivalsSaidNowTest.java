package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;

/**
 * Trial 43's arrivals said as they happen, on the games sample: an arrival said now is recorded at the message's minute,
 * late or early, never at the plan's time ("到了 32个 一个不少" at 19:10 for 福建's 14:00); a figure given as a guess in
 * reply to the 已到/未到 question ("好像是28个") is held for 确认 with the figure asked back plainly, never ignored, and a
 * figure still vague is asked for exactly; 到齐 beside a problem confirms the arrival and files the problem.
 */
class ArrivalsSaidNowTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fujian|19:10|到了 32个 一个不少",
                "fujian|16:05|福建32人都到了",
                "gansu|15:30|29人到齐了",
                "gansu|12:50|我们到了 29个",
                "jiangsu|10:40|江苏34人已到酒店",
                "gansu|11:00|到齐了"
            })
    void anArrivalSaidNowIsAtTheMessagesMinute(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, DAY + "T" + at, text);

        assertThat(answer).startsWith("已确认：").contains("按" + at + "计入").contains(at + " 抵达");
        assertThat(f.movementsOf(team))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.parse(at)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus4|16:40|江西26人 接上 嗯 哦还有个人飞机延误 今晚十一点才到|jiangxi|26|2026-11-18T23:00",
                "bus8|15:40|接到重庆四十三位 另一位明早的航班|chongqing|43|2026-11-19T00:00",
                "chongqing|15:40|接到重庆四十三位 另一位明早的航班|chongqing|43|2026-11-19T00:00"
            })
    void thoseMetArriveAtTheMessagesMinuteAndTheOneMoreAtTheirOwnTime(
            String sender, String at, String text, String team, int met, String later) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(sender, DAY + "T" + at, text);

        assertThat(answer).contains("已记录").contains(at + " 抵达 " + met + "人");
        assertThat(f.movementsOf(team)).hasSize(2);
        assertThat(f.movementsOf(team).get(0)).isEqualTo(new Arrival(team, DAY, LocalTime.parse(at), met, null));
        assertThat(f.movementsOf(team).get(1)).isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.count()).isEqualTo(1);
            assertThat(a.date()).isEqualTo(LocalDate.parse(later.substring(0, 10)));
            if (!later.endsWith("00:00")) assertThat(a.time()).isEqualTo(LocalTime.parse(later.substring(11)));
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus5|19:40|云南55个全部接到 辛苦司机师傅|yunnan|55",
                "bus7|19:40|四川队48个全部接到 在往宾馆走|sichuan|48",
                "jiangsu|10:40|江苏接到34人 往酒店走了|jiangsu|34"
            })
    void aWholeTeamMetIsRecordedAsTheirArrival(String sender, String at, String text, String team, int met) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(sender, DAY + "T" + at, text);

        assertThat(answer).contains("已记录").doesNotContain("没能看懂");
        assertThat(f.movementsOf(team)).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.date()).isEqualTo(DAY);
            assertThat(a.count() == null || a.count() == met).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"好像是28个|28", "大概27个吧|27", "应该是28|28", "嗯 好像28个左右|28", "差不多二十八个|28"})
    void aGuessedFigureInReplyIsAskedBackPlainlyAndRecordedOnConfirmation(String reply, int came) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("gansu", "2026-11-18T12:50", "我们甘肃的落地了 人基本都在 少一个");

        assertThat(f.soleAnswerTo("gansu", "2026-11-18T12:51", reply))
                .contains("请确认已到人数：" + came + "人？")
                .doesNotContain("已记录");
        assertThat(f.movementsOf("gansu")).isEmpty();

        assertThat(f.answerTo("gansu", "2026-11-18T12:53", "确认"))
                .contains("已记录")
                .contains("12:51 抵达 " + came + "人");
        assertThat(f.movementsOf("gansu")).extracting(Movement::count).containsExactly(came);
    }

    @Test
    void aFigureStillVagueInReplyIsAskedForExactlyAndTheNextFigureAnswers() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("gansu", "2026-11-18T12:50", "我们甘肃的落地了 人基本都在 少一个");

        assertThat(f.soleAnswerTo("gansu", "2026-11-18T12:51", "好像二十七八个")).contains("请回复准确的已到人数");
        assertThat(f.movementsOf("gansu")).isEmpty();

        assertThat(f.soleAnswerTo("gansu", "2026-11-18T12:52", "27"))
                .startsWith("已记录")
                .contains("抵达 27人");
        assertThat(f.movementsOf("gansu")).extracting(Movement::count).containsExactly(27);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"29人到齐了，一个队员扭伤了脚", "29人到齐了 有个队员发烧了 要去医院", "人都到齐了，一个运动员肚子疼"})
    void allHereBesideAProblemConfirmsTheArrivalAndFilesTheProblem(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("gansu", "2026-11-18T13:10", text);

        assertThat(answer).contains("已确认：甘肃省代表团 全团29人已抵达").contains("问题#1");
        assertThat(f.movementsOf("gansu"))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.of(13, 10)));
        assertThat(f.issue(1)).isNotNull();
    }

    @Test
    void allHereBesideAProblemFromACoordinatorOnlyFilesTheProblem() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo("tian", "2026-11-18T13:10", "29人到齐了，一个队员扭伤了脚")).contains("问题#1");
        assertThat(f.movementsOf("gansu")).isEmpty();
    }
}

package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;

/**
 * Trial 59 on the day teams leave: a lunch figure of people heading back to the hotel is no departure; a batch said
 * again (先走的15个上车了) is the batch on record, no further one; leaving words never put a changed departure back on the
 * plan; a yes to the 【离会确认】 with details agreeing with it confirms it; a bus liaison's count as the bus sets off is
 * the bus's head count.
 */
class LeavingDayTest {
    private static final LocalDate LAST = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"重庆中午44个 刚比完赛 在往回赶", "重庆中午44个 比完了 正往回走", "重庆中午44 已经往回赶了"})
    void peopleHeadingBackToTheHotelAreNoDeparture(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("chongqing", "2026-11-28T09:10", text);

        assertThat(answer).contains("午餐").doesNotContain("离开");
        assertThat(f.movementsOf("chongqing")).isEmpty();
    }

    @Test
    void leavingHomeIsStillADeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say("chongqing", "2026-11-28T09:10", "重庆有5个人下午先回重庆");

        assertThat(f.movementsOf("chongqing")).hasSize(1);
    }

    @Test
    void theFirstBatchSaidAgainIsTheBatchOnRecord() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("xizang", "2026-11-28T08:05", "西藏明天分两批 15个人坐早上8点的大巴先去机场 剩下15个还是11点半D2282");

        String answer = f.answerTo("xizang", "2026-11-29T07:35", "西藏先走的15个上车了 去机场");

        assertThat(answer).doesNotContain("已记录").doesNotContain("相应调整用餐");
        assertThat(f.movementsOf("xizang")).hasSize(2);
        assertThat(f.diners(LAST, "LUNCH", "xizang")).isEqualTo(0);
    }

    @Test
    void theSecondBatchSaidAgainAtItsHourIsTheBatchOnRecord() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("xizang", "2026-11-28T08:05", "西藏明天分两批 15个人坐早上8点的大巴先去机场 剩下15个还是11点半D2282");

        f.say("xizang", "2026-11-29T09:20", "西藏剩下的15人今天11点半坐D2282离开");

        assertThat(f.movementsOf("xizang")).hasSize(2);
    }

    @Test
    void leavingWordsKeepTheChangedDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("ningxia", "2026-11-28T07:40", "宁夏的票改到明晚7点了 D2236改成G1234 明天晚饭还在这吃 31个");
        Departure changed = new Departure("ningxia", LAST, LocalTime.of(19, 0), null, "G1234");

        f.say("ningxia", "2026-11-29T09:20", "宁夏中午31 晚饭31 吃完晚饭去车站");
        assertThat(f.movementsOf("ningxia")).singleElement().isEqualTo(changed);
        String gone = f.answerTo("ningxia", "2026-11-29T18:55", "宁夏出发了 谢谢大家这几天的照顾🙏");

        assertThat(gone).contains("已离开").doesNotContain("D2236").doesNotContain("15:30");
        assertThat(f.movementsOf("ningxia")).singleElement().satisfies(m -> {
            assertThat(m.transport()).isEqualTo("G1234");
            assertThat(m.date()).isEqualTo(LAST);
        });
    }

    private static ConversationFixture afterTheRequest() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.briefings().departureChecks(LAST.minusDays(1), ConversationFixture.time("2026-11-28T20:00"));
        return f;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi|广西确认👌 明早7点酒店门口上车|09:30",
                "liaoning|辽宁确认 D2282 车次没变|15:30",
                "liaoning|辽宁确认 D2282|15:30",
                "jiangsu|江苏确认 11点半 D2236|11:30",
                "henan|河南确认 明天13:30 D2282|13:30",
                "chongqing|重庆确认 8号车 下午1点半从酒店出发|15:30",
            })
    void aYesWithDetailsAgreeingWithTheListedDepartureConfirmsIt(String team, String text, String time) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo(team, "2026-11-28T20:05", text);

        assertThat(answer).startsWith("已确认：").contains(time).doesNotContain("没能看懂");
        assertThat(f.movementsOf(team))
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LAST));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"liaoning|辽宁确认 G1234", "jiangsu|江苏确认 11点半 D2236 30人", "guangxi|广西确认 明早改成10点走"})
    void aYesWithADifferentDetailIsNotTakenAsConfirmingThePlan(String team, String text) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerOrNull(team, "2026-11-28T20:05", text);

        assertThat(answer == null ? "" : answer).doesNotContain("按【离会确认】所列安排");
    }

    @Test
    void withoutTheRequestADetailedYesIsReadAsUsual() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerOrNull("guangxi", "2026-11-28T20:05", "广西确认👌 明早7点酒店门口上车");

        assertThat(answer == null ? "" : answer).doesNotContain("按【离会确认】所列安排");
    }

    @Test
    void aBusLiaisonsCountAsTheBusSetsOffIsItsHeadCount() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("bus4", "2026-11-29T12:30", "人齐了 50个 出发去火车站");

        assertThat(answer).startsWith("已记录：4号车 实到50人").doesNotContain("/bind");
        assertThat(f.movementsOf("guizhou")).isEmpty();
    }
}

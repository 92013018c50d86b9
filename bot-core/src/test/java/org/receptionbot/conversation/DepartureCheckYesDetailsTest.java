package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 64: a yes to the 【离会确认】 with a check-out hour, the plan kept, a destination or a set-off hour after a request
 * confirms the listed departure; a coordinator's yes naming the team does too; another hour confirms nothing silently.
 */
class DepartureCheckYesDetailsTest {
    private static final LocalDate EVE = LocalDate.of(2026, 11, 28);

    private static ConversationFixture eve() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-28T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津确认👌 车次不变 10点退房", "天津确认 D656 明早10点前退房", "天津确认了 按原计划11点半D656走", "天津确认 11点半 直接回天津"})
    void detailsThatChangeNothingConfirm(String text) {
        assertThat(eve().answerTo("tianjin", "2026-11-28T20:12", text))
                .contains("按【离会确认】所列安排")
                .contains("11:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津确认 10点走", "天津确认 按原计划12点半D656走", "天津确认 不走了"})
    void anotherHourIsNoYes(String text) {
        assertThat(eve().answerTo("tianjin", "2026-11-28T20:12", text)).doesNotContain("按【离会确认】所列安排");
    }

    @ParameterizedTest
    @ValueSource(strings = {"兵团确认了 按原计划1点半D656走", "兵团确认 D656"})
    void aCoordinatorConfirmsForTheTeamNamed(String text) {
        assertThat(eve().answerTo("tian", "2026-11-28T20:35", text))
                .contains("按【离会确认】所列安排")
                .contains("13:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"兵团确认 D656 需要一辆大巴送站 12点从酒店出发"})
    void aSetOffAfterTheRequestConfirmsAndFiles(String text) {
        ConversationFixture f = eve();
        assertThat(f.answerTo("bingtuan", "2026-11-28T20:12", text))
                .contains("按【离会确认】所列安排")
                .contains("问题#1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"兵团确认 D656 需要一辆大巴送站 3点从酒店出发"})
    void aSetOffAfterTheTrainConfirmsNothing(String text) {
        assertThat(eve().answerTo("bingtuan", "2026-11-28T20:12", text)).doesNotContain("按【离会确认】所列安排");
    }
}

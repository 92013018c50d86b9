package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 42's trials on the sports sample, in the packaged jar's sandbox: a coordinator asking who has not come yet
 * on the arrival day is answered from the arrivals on file, and a reminder set for a day written as {@code :time}
 * and {@code /export} take it ("12-02 07:30") is set and said at its time.
 */
class TrialFortyTwoFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();
    /** The sample's first day: the file's 11-18, laid so that today is its 11-23. */
    private static final LocalDate FIRST = TODAY.minusDays(5);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void whoHasNotComeIsAnsweredAndAReminderForAMonthAndDayIsSaidAtItsTime() throws Exception {
        LocalDate next = FIRST.plusDays(1);
        String remind = "/remind " + JarSandbox.md(next) + " 07:30 今日大幅降温 各代表团注意保暖";
        List<String> lines = List.of(
                JarSandbox.time(FIRST, "12:50"),
                ":as 甘肃",
                "甘肃到了 29人",
                ":as 协调员",
                "还有谁没到",
                remind,
                JarSandbox.time(next, "07:35"));

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("还有谁没到"))
                .contains(JarSandbox.day(FIRST) + " 尚未确认到达", "（已到达1项）")
                .doesNotContain("甘肃省代表团");
        assertThat(t.answerTo(remind)).contains("已设置提醒1：", "07:30", "今日大幅降温 各代表团注意保暖");
        assertThat(t.answerTo(JarSandbox.time(next, "07:35"))).contains("【提醒】今日大幅降温 各代表团注意保暖");
    }
}

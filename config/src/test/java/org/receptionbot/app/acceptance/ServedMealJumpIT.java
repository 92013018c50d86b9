package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * `:time` jumps in the packaged jar's sandbox on the conference sample (lunch 12:00–13:00, due 10:00, reminded at 09:30;
 * dinner 18:00, due 15:00). A jump past a meal's serving: the lunch reminder said before is not followed by the locked
 * lunch board once lunch has been served (the twenty-seventh trial's jump to 13:35), and the dinner board, still before
 * dinner, is said. A jump past the deadline: no reminder after the fact (the thirty-second trial's "午餐报餐已于10:00截止"
 * after `:time 11:00`), only the locked board, which names who did not report.
 */
class ServedMealJumpIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aJumpPastTheDeadlineSendsNoReminderAfterTheFactButTheLockedBoardNamingWhoDidNotReport() throws Exception {
        List<String> lines = List.of(JarSandbox.time(TODAY, "09:00"), ":time 11:00");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(":time 11:00"))
                .doesNotContain("【报餐提醒】", "已于10:00截止")
                .contains("【报餐截止】" + JarSandbox.day(TODAY) + "午餐 用餐人数（已过报餐截止时间）")
                .contains("未报餐（45个，按全团计）：");
        assertThat(t.out()).doesNotContain("【报餐提醒】" + JarSandbox.day(TODAY) + "午餐");
    }

    @Test
    void aJumpPastLunchSendsNoLockedLunchBoardButTheDinnerBoardStillComes() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "09:00"), ":time 09:35", ":time 13:35", ":time 15:05", ":as 协调员", "查看午餐");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(":time 09:35")).contains("【报餐提醒】" + JarSandbox.day(TODAY) + "午餐报餐将于10:00截止");
        assertThat(t.answerTo(":time 13:35")).doesNotContain("【报餐截止】", "【报餐提醒】");
        assertThat(t.answerTo(":time 15:05"))
                .contains("【报餐截止】" + JarSandbox.day(TODAY) + "晚餐")
                .doesNotContain("午餐 用餐人数");
        assertThat(t.out()).doesNotContain("【报餐截止】" + JarSandbox.day(TODAY) + "午餐");
        assertThat(t.answerTo("查看午餐")).contains(JarSandbox.day(TODAY) + "午餐 用餐人数");
    }
}

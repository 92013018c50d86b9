package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A figure held for its sender's confirmation, through the packaged jar's sandbox: nobody answers,
 * the clock passes the old 10 minutes, and the report is still there — on the board as 待确认, in the
 * deadline reminder as 待确认 with who sent it, not as 未报 — until a late 确认 records it.
 */
class HeldReportIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void anUnansweredHeldFigureStaysVisibleAsWaitingUntilALateConfirmationRecordsIt() throws Exception {
        String later = JarSandbox.time(TODAY, "08:45");
        String reminder = JarSandbox.time(TODAY, "09:35");
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 湖南",
                "今天午饭报100人",
                later,
                ":as 协调员",
                "查看午餐",
                reminder,
                ":as 湖南",
                "确认",
                ":as 协调员",
                "查看午饭");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("今天午饭报100人")).contains("请确认以下人数").doesNotContain("10分钟");
        assertThat(t.answerTo("查看午餐"))
                .contains("湖南省代表团 35人（所报人数待确认，暂按未报计）")
                .contains("待确认（1条，未计入合计）：")
                .contains("湖南省代表团 " + JarSandbox.day(TODAY) + "午餐 报餐100人（李娜 08:00报，待其确认）");
        assertThat(t.answerTo(reminder))
                .contains("【报餐提醒】" + JarSandbox.day(TODAY) + "午餐报餐将于10:00截止")
                .contains("以下1条报告待发送人确认（确认前不计入人数，截止时仍未确认的按未报计）：")
                .contains("湖南省代表团 报餐100人（李娜 08:00报，请其确认）")
                .doesNotContain("湖南省代表团（联络员 李娜）");
        assertThat(t.answerTo("确认")).contains("已记录：湖南省代表团 " + JarSandbox.day(TODAY) + "午餐 报餐100人");
        assertThat(t.answerTo("查看午饭")).contains("湖南省代表团 100人").doesNotContain("待确认");
    }
}

package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 43's evening before the departures, in the packaged jar's sandbox on the sports sample (北京 planned to leave
 * the day after the last day at 08:30 on G1118, 上海 at 08:30 on G1502, 新疆 at 10:30 on G1118): an hour change keeps the
 * train and names the meals it changes, 提前 at 6 o'clock is the morning, and a bare 确认 after the 【离会确认】 is told the form
 * that confirms while 好的 stays silent.
 */
class DepartureEveIT {

    private static final LocalDate LAST_DAY = JarSandbox.today().plusDays(6);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void hourChangesKeepTheTrainAndABareConfirmIsToldTheFormThatConfirms() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(LAST_DAY, "20:10"),
                ":as 北京",
                "明天出发时间调整为7点",
                ":as 上海",
                "明天提前到6点半出发",
                ":as 新疆",
                "确认",
                "好的"));

        assertThat(t.answerTo("明天出发时间调整为7点")).contains("北京市代表团", "07:00 离开", "G1118", "早餐");
        assertThat(t.answerTo("明天提前到6点半出发")).contains("上海市代表团", "06:30 离开").doesNotContain("18:30");
        assertThat(t.answerTo("确认")).contains("目前没有待您确认的内容", "确认 G1118");
        assertThat(t.answerTo("好的")).doesNotContain("【接待保障助手】");
    }
}

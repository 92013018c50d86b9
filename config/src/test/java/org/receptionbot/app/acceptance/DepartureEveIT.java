package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 43's evening before the departures, in the packaged jar's sandbox on the sports sample (北京 planned to leave
 * the day after the last day at 08:30 on G1118, 上海 at 08:30 on G1502, 湖北 at 08:30 on G571, 新疆 at 10:30 on G1118,
 * 内蒙古 at 12:30 on G1272), after the evening's 【离会确认】: an hour change keeps the train and names the meals it
 * changes, 提前 at 6 o'clock is the morning, with no day said too, a set-off moved beside the train kept and the
 * breakfast as planned records both, "不对 是7点半" corrects the hour just recorded, a bare 确认 confirms the team's
 * departure listed, and 好的 stays silent.
 */
class DepartureEveIT {

    private static final LocalDate LAST_DAY = JarSandbox.today().plusDays(6);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theEveningBeforeTheDepartures() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(LAST_DAY, "20:10"),
                ":as 北京",
                "明天出发时间调整为7点",
                "不对 是7点半",
                ":as 上海",
                "明天提前到6点半出发",
                ":as 湖北",
                "提前到6点半出发",
                ":as 内蒙古",
                "明早12点半的车不变 出发时间改到10点 早饭正常吃",
                ":as 新疆",
                "确认",
                "好的"));

        assertThat(t.answerTo("明天出发时间调整为7点")).contains("北京市代表团", "07:00 离开", "G1118", "早餐");
        assertThat(t.answerTo("不对 是7点半")).contains("已更正", "北京市代表团", "07:30 离开", "G1118");
        assertThat(t.answerTo("明天提前到6点半出发")).contains("上海市代表团", "06:30 离开").doesNotContain("18:30");
        assertThat(t.answerTo("提前到6点半出发"))
                .contains("湖北省代表团", "06:30 离开", "G571")
                .doesNotContain("哪一天", "18:30");
        assertThat(t.answerTo("明早12点半的车不变 出发时间改到10点 早饭正常吃")).contains("内蒙古自治区代表团", "10:00 离开（全团），G1272", "早餐");
        assertThat(t.answerTo("确认"))
                .contains("已确认", "新疆维吾尔自治区代表团", "10:30 离开", "G1118")
                .doesNotContain("目前没有待您确认的内容");
        assertThat(t.answerTo("好的")).doesNotContain("【接待保障助手】");
    }
}

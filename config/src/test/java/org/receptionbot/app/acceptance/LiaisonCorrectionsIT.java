package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new user met in the packaged jar's sandbox (sports sample): short corrections of the last
 * report keep its meal and kind, and a vehicle the event file lacks is said to be missing, not asked;
 * from the eleventh trial, a dinner estimate beside a lunch figure is named, a departure with the
 * meals it ends is not questioned, a bus's driver is given to a liaison, a reminder without an hour
 * is asked for one, and a 接龙 list posted after its relative line was recorded does not apply it again.
 */
class LiaisonCorrectionsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void shortCorrectionsCorrectTheLastReductionAndAnUnknownVehicleIsNamed() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 湖北",
                "晚上少3个",
                "不对 是少4个",
                "不对，是5人",
                "15号车实到20人",
                ":as 广东",
                "我们团今天中午吃饭的30个 晚上估计40个左右 明早的还没定",
                ":as 重庆",
                "我们明天中午开始就不在这吃了 明天上午10点半坐G1786走",
                ":as 北京",
                "10号车司机电话多少",
                ":as 云南",
                "云南中午吃饭的人 少3个 晚上按计划",
                ":as 协调员",
                "/remind 明天 各团交住宿费",
                ":paste",
                "午餐接龙",
                "1. 湖南 35",
                "5. 云南 少三个",
                ":end");

        // the pasted lines and :end get no prompt of their own: the list's answer follows ":paste"
        JarSandbox.Transcript t = new JarSandbox.Transcript(
                lines.subList(0, lines.indexOf(":paste") + 1),
                sandbox.run(lines).out());

        assertThat(t.answerTo("晚上少3个")).contains("晚餐 减少3人");
        assertThat(t.answerTo("不对 是少4个"))
                .contains("已更正：")
                .contains("晚餐")
                .contains("减少4人")
                .doesNotContain("哪一餐");
        assertThat(t.answerTo("不对，是5人")).contains("已更正：").contains("减少5人").doesNotContain("没能看懂");
        assertThat(t.answerTo("15号车实到20人"))
                .contains("活动文件中没有15号车，活动文件中的车辆：1号车、2号车")
                .doesNotContain("请问是几号车");
        assertThat(t.answerTo("我们团今天中午吃饭的30个 晚上估计40个左右 明早的还没定"))
                .contains("午餐 报餐30人")
                .contains("“估计40个左右”是估计数，未记录；确定后请报准确人数。（“晚上估计40个左右”，回复后记录）");
        assertThat(t.answerTo("我们明天中午开始就不在这吃了 明天上午10点半坐G1786走"))
                .contains("午餐 取消全团")
                .doesNotContain("请核实日期");
        assertThat(t.answerTo("10号车司机电话多少")).contains("司机：李师傅", "电话：13508190110");
        assertThat(t.answerTo("云南中午吃饭的人 少3个 晚上按计划")).contains("午餐 减少3人（55人→52人）");
        assertThat(t.answerTo("/remind 明天 各团交住宿费")).contains("提醒需要写明几点", "/remind 明天08:00 各团交住宿费");
        assertThat(t.answerTo(":paste")).contains("已记录，未重复计入：云南省代表团").doesNotContain("52人→49人");
    }
}

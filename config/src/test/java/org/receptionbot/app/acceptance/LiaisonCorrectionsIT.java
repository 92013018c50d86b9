package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new user met in the packaged jar's sandbox (sports sample): short corrections of the last
 * report keep its meal and kind, and a vehicle the event file lacks is said to be missing, not asked.
 */
class LiaisonCorrectionsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void shortCorrectionsCorrectTheLastReductionAndAnUnknownVehicleIsNamed() throws Exception {
        List<String> lines =
                List.of(JarSandbox.time(TODAY, "08:00"), ":as 湖北", "晚上少3个", "不对 是少4个", "不对，是5人", "15号车实到20人");

        JarSandbox.Transcript t = sandbox.run(lines);

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
    }
}

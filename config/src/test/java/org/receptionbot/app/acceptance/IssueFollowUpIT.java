package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The issue loop as a new user met it in the packaged jar's sandbox (sports sample): a problem said
 * again while its issue is open joins that issue, and a hospital given as the reason for fewer
 * diners opens none.
 */
class IssueFollowUpIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aProblemSaidAgainJoinsItsOpenIssueAndTheCoordinatorsAreToldOnce() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 湖南",
                "房间没有热水",
                ":time 09:30",
                "洗澡水还是冷的",
                "中午再少3个 有3个去医院了",
                ":as 协调员",
                "/issues");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("房间没有热水")).contains("已记录：问题#1 【住宿】湖南省代表团：房间没有热水（已转协调组）");
        assertThat(t.answerTo("洗澡水还是冷的"))
                .contains("已记录：已补充到问题#1：【住宿】湖南省代表团：洗澡水还是冷的（已转协调组）")
                .contains("问题#1有补充（李娜 09:30）：【住宿】湖南省代表团：洗澡水还是冷的\n")
                .doesNotContain("问题#2");
        assertThat(t.out().split("问题#1有补充", -1))
                .as("the coordinators are told once")
                .hasSize(2);
        // people taken to a doctor are a medical problem of their own, never joined to the open room problem
        assertThat(t.answerTo("中午再少3个 有3个去医院了"))
                .contains("午餐 减少3人")
                .contains("问题#2 【医疗】")
                .doesNotContain("已补充到问题#1");
        assertThat(t.answerTo("/issues"))
                .contains("待处理问题（2个）")
                .contains("#1 【住宿】湖南省代表团：房间没有热水")
                .contains("补充（李娜 09:30）：洗澡水还是冷的");
    }
}

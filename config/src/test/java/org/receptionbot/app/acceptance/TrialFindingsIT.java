package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user met on the conference sample, in the packaged jar's sandbox (重庆 has 5 people, all
 * on 百色线; 9号车 is a 4-seat car of 住房和城乡建设部, 14 people on two cars): a recount replaces the
 * count, a meal "the same" as another is recorded too, an impossible sign-up is asked, a coordinator
 * confirms a bind by typing 确认, and a small car gets no false shortfall.
 */
class TrialFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM-dd");

    @TempDir
    Path dir;

    @Test
    void theTrialsFindingsAreAnsweredInTheSandbox() throws Exception {
        List<String> lines = List.of(
                ":time " + TODAY.format(MD) + " 09:00",
                ":as 山东",
                "午饭35人，晚饭一样",
                ":as 重庆",
                "北海线我们去2人",
                "调整",
                "/bind 贵州",
                ":as 协调员",
                "确认",
                ":time 13:35",
                "9号车实到3人",
                ":as 3号车",
                "3号车实到40人",
                "刚才数错了 3号车重新清点实到42人");

        JarSandbox.Transcript t = JarSandbox.run(dir, lines, List.of("--reception.sample=conference"));

        assertThat(t.answerTo("午饭35人，晚饭一样")).contains("午餐 报餐35人", "晚餐 报餐35人");
        assertThat(t.answerTo("北海线我们去2人"))
                .contains("共5人，百色线已有5人：北海线2人是从百色线调整，还是另外新增？")
                .doesNotContain("已记录");
        assertThat(t.answerTo("调整")).contains("百色线：重庆市住房和城乡建设委员会 3人（原5人）");
        assertThat(t.answerTo("确认")).contains("已确认：梁莉为贵州省住房和城乡建设厅联络员。");
        assertThat(t.answerTo("9号车实到3人")).contains("9号车 实到3人").doesNotContain("少11人", "应到14人");
        assertThat(t.answerTo("刚才数错了 3号车重新清点实到42人")).contains("已记录：3号车 实到42人").doesNotContain("问题");
    }
}

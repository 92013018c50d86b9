package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A two-way question (a coordinator's 照常 over the liaison's figure) through the packaged jar's
 * sandbox: nobody answers, the clock passes the old 10 minutes, the question's subject is on the
 * board as 待确认 with what it asks, and an answer 30 minutes later still takes effect. A question
 * asked of a liaison and answered by another liaison is refused, naming the one asked; a
 * coordinator's answer settles it, saying who answered.
 */
class PendingChoiceIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void anUnansweredAsPlannedQuestionIsListedAsWaitingAndALateAnswerStillTakesEffect() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 湖南",
                "今晚30人",
                ":as 协调员",
                "湖南今晚照常",
                JarSandbox.time(TODAY, "08:20"),
                "查看晚餐",
                JarSandbox.time(TODAY, "08:30"),
                "按原计划",
                "查看晚饭",
                "贵州今晚30人",
                ":as 贵州",
                "今晚照常",
                ":as 湖南",
                "按已报",
                ":as 协调员",
                "按已报人数");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("湖南今晚照常"))
                .contains("请问按已报人数还是按原计划？")
                .contains("所报日期结束前回答均有效")
                .doesNotContain("10分钟");
        assertThat(t.answerTo("查看晚餐"))
                .contains("湖南省代表团 30人（另有待确认的报告）")
                .contains("待确认（1条，未计入合计）：")
                .contains("湖南省代表团 " + JarSandbox.day(TODAY) + "晚餐 按原计划（")
                .contains("08:00报，待其选择按已报或按原计划）");
        assertThat(t.answerTo("按原计划")).contains("已记录：湖南省代表团 " + JarSandbox.day(TODAY) + "晚餐 按原计划（30人→35人）");
        assertThat(t.answerTo("查看晚饭")).contains("按计划（未变）：湖南共1个团35人").doesNotContain("待确认");
        assertThat(t.answerTo("今晚照常")).contains("请问按已报人数还是按原计划？");
        assertThat(t.answerTo("按已报")).contains("该问题是问王芳的，请王芳本人回复或由协调组答复；未作变更。");
        assertThat(t.answerTo("按已报人数")).contains("已保留已报人数，未作变更。", "（本问题是问王芳的，由田卫东代为答复。）");
    }
}

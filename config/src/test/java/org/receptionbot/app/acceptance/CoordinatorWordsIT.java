package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new user met in the packaged jar's sandbox (sports sample): a coordinator moves an issue on
 * with a note or in plain words (no new issue is opened) and takes a step back with 撤销 right after
 * it, 撤销 after a query takes back the last recorded message, and a reminder written as "提醒大家…"
 * is said once as 【提醒】; a coordinator's plain "…修好了" resolves the issue it names.
 */
class CoordinatorWordsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void issuesMoveOnInWordsAndWithNotesAndBackWithAnUndoAndAnUndoAfterAQueryTakesBackTheReport() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 湖南",
                "房间没有热水",
                ":as 湖北",
                "房间空调坏了",
                "本团情况",
                "撤销",
                ":as 协调员",
                "/ack 1 已派电工",
                "撤回",
                "/ack 1 已派维修工",
                "/issues",
                "1号问题已办结，已换到301房间",
                "/undo",
                "待处理问题",
                "1号问题已办结，已换到302房间",
                "问题清单",
                "设置提醒 明早7点半 提醒大家带好参赛证",
                JarSandbox.time(TODAY.plusDays(1), "07:31"));

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("房间没有热水")).contains("问题#1 ");
        assertThat(t.answerTo("撤销")).contains("已撤销：").contains("空调");
        assertThat(t.answerTo("撤回")).contains("已撤销：1号问题的受理").contains("1号问题恢复为待处理");
        assertThat(t.answerTo("/ack 1 已派维修工")).contains("问题#1已由").contains("正在处理：已派维修工");
        assertThat(t.answerTo("/issues")).contains("处理中：已派维修工）").doesNotContain("空调");
        assertThat(t.answerTo("/undo"))
                .contains("已撤销：1号问题的办结")
                .contains("1号问题恢复为处理中（")
                .contains("受理：已派维修工）");
        assertThat(t.answerTo("待处理问题")).contains("热水").contains("处理中：已派维修工）");
        assertThat(t.answerTo("1号问题已办结，已换到302房间")).contains("问题#1已解决：已换到302房间").doesNotContain("问题#3");
        assertThat(t.answerTo("问题清单")).contains("目前没有待处理的问题。");
        assertThat(t.answerTo("设置提醒 明早7点半 提醒大家带好参赛证")).contains("在工作群提醒“带好参赛证”");
        assertThat(t.answerTo(JarSandbox.time(TODAY.plusDays(1), "07:31")))
                .contains("【提醒】带好参赛证")
                .doesNotContain("【提醒】提醒");
    }

    @Test
    void aCoordinatorsPlainRepairResolvesTheIssueItNames() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(TODAY, "08:00"),
                ":as 云南",
                "房间空调坏了",
                ":as 浙江",
                "2208的马桶堵了",
                ":as 协调员",
                "云南空调那个已经修好了",
                "浙江2208的马桶修好了",
                "问题清单"));

        assertThat(t.answerTo("云南空调那个已经修好了")).contains("问题#1已解决");
        assertThat(t.answerTo("浙江2208的马桶修好了")).contains("问题#2已解决");
        assertThat(t.answerTo("问题清单")).contains("目前没有待处理的问题。");
    }
}

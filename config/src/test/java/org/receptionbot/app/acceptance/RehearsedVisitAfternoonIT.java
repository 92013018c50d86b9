package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An afternoon of site visits rehearsed in the packaged jar's sandbox on the conference sample
 * (today is its visit day; 北海线 leaves at 13:30 on buses 3, 4, 5 and 9 and arrives at 16:30): the
 * evening briefing before with the routes, a delegation dropping people before boarding, liaisons
 * signing up one more and switching one person to 柳州线 in the chat, bus counts and a recount with
 * a shortfall, the head-count reminder naming the bus liaisons, the list reaching the route's site
 * chat 90 minutes before arrival with the sign-up and the switch in it, and the update after a late
 * change, each once.
 */
class RehearsedVisitAfternoonIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final String EVE = JarSandbox.md(TODAY.minusDays(1));
    private static final String SITE = "【接待保障助手 → 北海线接待群】";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theSiteGetsTheListNinetyMinutesBeforeArrivalAndOneUpdateAfterALateChange() throws Exception {
        List<String> lines = List.of(
                ":time " + EVE + " 19:50",
                ":time " + EVE + " 20:05",
                JarSandbox.time(TODAY, "12:00"),
                ":as 河北",
                "我们有2人今天12点半先走",
                ":as 四川",
                "北海线我们去5人",
                ":as 湖南",
                "李处改去柳州",
                ":time 13:35",
                ":as 3号车",
                "3号车实到40人",
                ":as 4号车",
                "4号车实到38人",
                ":time 14:05",
                "实到39人",
                ":as 5号车",
                "5号车实到1人",
                ":as 协调员",
                "9号车实到4人",
                "北海线名单",
                ":time 15:05",
                ":as 云南",
                "我们1人今天13点离开了",
                ":time 15:10",
                ":time 15:40");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(":time " + EVE + " 20:05"))
                .contains("【明日安排】" + JarSandbox.day(TODAY), "考察线路（3条）：", "【北海线】");
        assertThat(t.answerTo("我们有2人今天12点半先走")).contains("已记录：河北省住房和城乡建设厅");
        assertThat(t.answerTo("北海线我们去5人")).contains("北海线：四川省住房和城乡建设厅 5人（原4人）", "北海线合计86人（计划86人");
        assertThat(t.answerTo("李处改去柳州")).contains("北海线：湖南省住房和城乡建设厅 2人（原3人）", "柳州线：湖南省住房和城乡建设厅 4人（原3人）");
        assertThat(t.answerTo(":time 14:05"))
                .contains("【清点提醒】北海线13:30出发，已过30分钟，以下2辆车尚未报清点人数：")
                .contains("5号车 桂A·H3105（随车联络员 蓝玉梅 13577100005）")
                .contains("9号车 桂A·H3109（未指定随车联络员，司机 廖师傅 13877100009）")
                .contains("【接待保障助手 → 会务组协调群】⚠北海线13:30出发")
                .doesNotContain("【考察名单】");
        assertThat(t.answerTo("实到39人")).contains("已记录：4号车 实到39人");
        assertThat(t.answerTo("北海线名单"))
                .contains("河北省住房和城乡建设厅 4人（计划5人）")
                .contains("4号车 桂A·H3104 莫师傅 13877100004 45座 随车联络员黄文斌 13577100004 实到39人")
                .contains("清点：3/4辆车已清点，实到83人 / 应到85人；5号车仅1人，待核实，未计入");
        assertThat(t.answerTo(":time 15:05"))
                .contains(SITE + "【考察名单】北海线预计16:30到达，当前名单如下：")
                .contains("【接待保障助手 → 会务组协调群】【考察名单】北海线")
                .contains("【接待保障助手 → 柳州线接待群】【考察名单】柳州线")
                .doesNotContain("【接待保障助手 → 百色线接待群】");
        assertThat(message(t.answerTo(":time 15:05"), SITE + "【考察名单】"))
                .contains("四川省住房和城乡建设厅 5人（计划4人）", "湖南省住房和城乡建设厅 2人（计划3人）");
        assertThat(message(t.answerTo(":time 15:05"), "【接待保障助手 → 柳州线接待群】【考察名单】"))
                .contains("湖南省住房和城乡建设厅 4人（计划3人）");
        assertThat(t.answerTo(":time 15:10"))
                .contains(SITE + "【考察名单更新】北海线预计16:30到达\n    与15:00发送的名单相比：\n"
                        + "      云南省住房和城乡建设厅 6人→5人\n"
                        + "    现应到84人（原计划86人）；4/4辆车已清点，实到84人");
        assertThat(t.answerTo(":time 15:40"))
                .contains("【接待保障助手 → 百色线接待群】【考察名单】百色线")
                .doesNotContain("北海线");
        assertThat(count(t.out(), SITE + "【考察名单】")).isEqualTo(1);
        assertThat(count(t.out(), SITE + "【考察名单更新】")).isEqualTo(1);
        assertThat(count(t.out(), "【清点提醒】北海线")).isEqualTo(1);
    }

    /** The one message of {@code answer} that starts with {@code head}, up to the next message. */
    private static String message(String answer, String head) {
        int start = answer.indexOf(head);
        assertThat(start).as("a message starting " + head).isNotNegative();
        int end = answer.indexOf("【接待保障助手 → ", start + head.length());
        return answer.substring(start, end < 0 ? answer.length() : end);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}

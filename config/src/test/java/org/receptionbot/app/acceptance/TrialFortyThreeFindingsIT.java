package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 43's trials, in the packaged jar's sandbox. Sports (trial 72): athletes off to compete ("有比赛的先走了")
 * are no team leaving the games, a room problem chased two hours later is added to the open problem, not filed
 * again, and a late-night order with the hour the team is back at its hotel is no arrival. Conference, on its visit
 * day (trial 73): a bus liaison's remark that someone goes along with another route is no team leaving, and a bus
 * counted again keeps its count when the reason after it names a figure.
 */
class TrialFortyThreeFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void athletesOffToCompeteLeaveNothingAndAChaseJoinsTheOpenProblem() throws Exception {
        String early = "早上好 我们今天早饭晚点吃 大概8点半 有比赛的先走了";
        String chase = "房间好了没有啊 等了两个多小时了";
        String snacks = "重庆今晚宵夜要30份 比赛完大概十点到酒店";
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "07:40"),
                ":as 湖南",
                early,
                JarSandbox.time(TODAY, "11:20"),
                "1205房间还没打扫 行李都放不进去",
                JarSandbox.time(TODAY, "13:40"),
                chase,
                JarSandbox.time(TODAY, "17:40"),
                ":as 重庆",
                snacks);

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo(early)).doesNotContain("离开", "取消用餐");
        assertThat(t.answerTo(chase)).contains("已补充到问题#1").doesNotContain("问题#2");
        assertThat(t.answerTo(snacks)).contains("宵夜").doesNotContain("抵达");
    }

    @Test
    void aRemarkOnAnotherRouteLeavesNoOneAndARecountKeepsItsFigure() throws Exception {
        String along = "6号车那个湖南的同志就跟我们柳州线走了 6号车实到33没错";
        String recount = "2号车重新点了一下 实到29人 刚才把两个工作人员也算进去了";
        List<String> lines = List.of(JarSandbox.time(TODAY, "13:20"), ":as 6号车", along, ":as 2号车", recount);

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(along)).contains("6号车 实到33人").doesNotContain("离开", "取消用餐");
        assertThat(t.answerTo(recount)).contains("2号车 实到29人").doesNotContain("实到2人");
    }
}

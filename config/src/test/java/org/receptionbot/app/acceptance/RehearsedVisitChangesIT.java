package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gaps a new user found on the conference sample, in the packaged jar's sandbox (北海线 leaves
 * at 13:30; 北京 plans 北海线 3, 柳州线 2; 上海 北海线 4, 柳州线 2): an addition from a delegation on
 * another route is asked (新增 or 调整, answered with a remark after the choice, kept as a note), a change after the
 * buses left is warned and told to the coordinators and the site, and terse bus counts are read.
 */
class RehearsedVisitChangesIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void additionsAreAskedLateChangesWarnedAndTerseBusCountsRead() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "12:00"),
                ":as 北京",
                "北海线再加1人",
                "新增 是刚到的处长",
                ":as 上海",
                "北海线加2人",
                "从柳州调 他们不去柳州了",
                ":time 13:40",
                ":as 湖南",
                "北海线有1人不去了",
                ":as 5号车",
                "5号车到了15个人",
                ":as 协调员",
                "3车32人齐了");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo("北海线再加1人"))
                .contains("该团现有北海线3人、柳州线2人", "请问是新增人员，还是从柳州线调整过来？")
                .doesNotContain("已记录");
        assertThat(t.answerTo("新增 是刚到的处长"))
                .contains("北海线：北京市住房和城乡建设委员会 4人（原3人）", "备注：是刚到的处长")
                .doesNotContain("柳州线：", "抵达");
        assertThat(t.answerTo("从柳州调 他们不去柳州了")).contains("北海线：上海市住房和城乡建设管理委员会 6人（原4人）", "柳州线：上海市住房和城乡建设管理委员会 0人（原2人）");
        assertThat(t.answerTo("北海线有1人不去了"))
                .contains("北海线：湖南省住房和城乡建设厅 2人（原3人）", "⚠北海线车辆已于13:30出发", "本次变更已通知协调组、北海线接待方")
                .contains("【接待保障助手 → 会务组协调群】⚠考察车辆出发后变更")
                .contains("【接待保障助手 → 北海线接待群】⚠考察车辆出发后变更");
        assertThat(t.answerTo("5号车到了15个人")).contains("已记录", "5号车", "15人");
        assertThat(t.answerTo("3车32人齐了")).contains("已记录", "3号车", "32人");
    }
}

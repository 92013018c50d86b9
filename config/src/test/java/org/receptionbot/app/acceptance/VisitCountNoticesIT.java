package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conference trials' visit findings in the packaged jar's sandbox: the evening briefing gives
 * each route in one line; a partial departure's answer names the route figure it lowered (浙江, 8
 * people, 7 of them on 柳州线); a route counted short and a count above a bus's seats reach the
 * coordinators once; 车辆清点 shows each bus against its route's total together (百色线 has buses 1
 * and 2, and the file does not say who rides which).
 */
class VisitCountNoticesIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final String EVE = JarSandbox.md(TODAY.minusDays(1));
    private static final String COORDINATORS = "【接待保障助手 → 会务组协调群】";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void routeTotalsShortCountsAndSeatsAreToldOnce() throws Exception {
        List<String> lines = List.of(
                ":time " + EVE + " 19:50",
                ":time " + EVE + " 20:05",
                JarSandbox.time(TODAY, "09:00"),
                ":as 浙江",
                "我们有2人今天12点先走",
                ":time 13:35",
                ":as 6号车",
                "6号车实到30人",
                ":as 7号车",
                "7号车实到20人",
                "7号车实到20人，已核对",
                ":as 1号车",
                "1号车实到47人",
                ":as 协调员",
                "车辆清点",
                "柳州线名单");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(":time " + EVE + " 20:05"))
                .contains("考察线路（3条）：", "名单请发“/visits 北海线”")
                .containsPattern("【柳州线】13:30出发，\\d\\d:\\d\\d到达：61人（计划61人），\\d+个团，2辆车共90座")
                .doesNotContain("桂A·H3101");
        assertThat(t.answerTo("我们有2人今天12点先走")).contains("柳州线：浙江省住房和城乡建设厅 7→6人");
        assertThat(t.answerTo("7号车实到20人"))
                .contains("⚠柳州线清点少10人：2/2辆车已清点，实到50人 / 应到60人，已通知协调组。")
                .contains(COORDINATORS + "⚠柳州线清点少10人");
        assertThat(t.answerTo("7号车实到20人，已核对")).doesNotContain(COORDINATORS);
        assertThat(t.answerTo("1号车实到47人"))
                .contains("⚠超出该车座位（45座）", "超出座位的清点已通知协调组。")
                .contains(COORDINATORS + "⚠1号车清点实到47人，超出该车座位（45座）");
        assertThat(t.answerTo("车辆清点")).contains("1号车（百色线） 实到47人（1、2号车合计应到63人）", "柳州线6、7号车合计：实到50人 / 应到60人 ⚠少10人");
        assertThat(t.answerTo("柳州线名单")).contains("浙江省住房和城乡建设厅 6人", "离开 2人，本线7→6人");
    }
}

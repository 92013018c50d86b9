package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fortieth trial's smaller findings on the sports sample, in the packaged jar's sandbox: its buses have bus
 * liaisons (`:as 1号车`) whose pickups are recorded and timed; a liaison's own pickup report is timed at the report,
 * not 时间待定; the last evening's 【明日安排】 and the boards of the day after name the teams still there with no
 * departure; a group of teams with nobody to count says no "0人"; a coordinator's 确认 with nothing waiting is answered.
 */
class TrialFortyFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();
    /** The sample's last day: the file's 11-29, laid so that today is its 11-23. */
    private static final LocalDate LAST_DAY = TODAY.plusDays(6);

    private static final String STAYING = "⚠尚无离会安排（仍按在场计）：河北、黑龙江、福建、湖南、四川、甘肃共6个团211人，请向其联络员确认离会时间。";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void pickupsByABusLiaisonAndByATeamsLiaisonAreTimedAtTheReport() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "10:00"),
                ":as 1号车",
                "1号车已接到湖北20人",
                ":as 云南",
                JarSandbox.time(TODAY, "10:20"),
                "5号车已接到云南队员6人",
                "今日动态");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo(":as 1号车")).contains("1号车 · 随车联络员 向丽萍").doesNotContain("没有找到");
        assertThat(t.answerTo("1号车已接到湖北20人")).contains("已记录：湖北省代表团", "10:00 抵达 20人", "已转告协调组");
        assertThat(t.answerTo("5号车已接到云南队员6人")).contains("已记录：云南省代表团", "10:20 抵达 6人");
        assertThat(t.answerTo("今日动态"))
                .contains("10:00 抵达 湖北省代表团 20人", "10:20 抵达 云南省代表团 6人")
                .doesNotContain("时间待定");
    }

    @Test
    void theLastEveningAndTheDayAfterNameTheTeamsWithNoDeparture() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(LAST_DAY, "19:55"),
                JarSandbox.time(LAST_DAY, "20:05"),
                ":as 协调员",
                "确认",
                "明天动态",
                "明天晚餐多少人",
                JarSandbox.time(LAST_DAY.minusDays(1), "10:00"),
                "今日动态");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answer(1)).contains("【明日安排】" + JarSandbox.day(LAST_DAY.plusDays(1)), "晚餐：211人", STAYING);
        assertThat(t.answerTo("确认")).contains("当前没有待确认的事项");
        assertThat(t.answerTo("明天动态")).contains(STAYING);
        assertThat(t.answerTo("明天晚餐多少人")).contains(STAYING, "已离会：北京、天津").doesNotContain("个团0人");
        assertThat(t.answerTo("今日动态")).doesNotContain("离会安排");
    }
}

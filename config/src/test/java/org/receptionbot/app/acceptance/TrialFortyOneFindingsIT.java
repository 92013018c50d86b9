package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forty-first trial's findings on the sports sample, in the packaged jar's sandbox: the day after the last day,
 * on which teams still eat (packed breakfasts, teams with no departure), has its meal reminders and locked boards, and
 * the evening of that day its 【明日安排】 naming the teams still counted as there.
 */
class TrialFortyOneFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();
    /** The sample's last day: the file's 11-29, laid so that today is its 11-23. */
    private static final LocalDate LAST_DAY = TODAY.plusDays(6);

    private static final LocalDate AFTER = LAST_DAY.plusDays(1);

    private static final String STAYING = "⚠尚无离会安排（仍按在场计）：河北、黑龙江、福建、湖南、四川、甘肃共6个团211人，请向其联络员确认离会时间。";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void anArrivalWithAnInjuryBesideIsConfirmedAtItsTimeAndCountedFromTheLunchThatCountsIt() throws Exception {
        LocalDate first = LAST_DAY.minusDays(11);
        List<String> lines =
                List.of(JarSandbox.time(first, "12:50"), ":as 甘肃", "甘肃到了 29人 有个队员崴脚了 需要去医院", ":as 协调员", "今日动态");

        JarSandbox.Transcript t = sandbox.run(lines);

        String day = first.getMonthValue() + "月" + first.getDayOfMonth() + "日";
        assertThat(t.answerTo("甘肃到了 29人 有个队员崴脚了 需要去医院"))
                .contains("已确认：甘肃省代表团", "12:50 抵达", "问题#1 【医疗】", "自" + day + "午餐起计入用餐")
                .doesNotContain("晚餐起");
        assertThat(t.answerTo("今日动态")).contains("12:50 抵达 甘肃省代表团 29人 G1272（已到达 ✓");
    }

    @Test
    void theDayAfterTheLastDayIsRemindedLockedAndBriefed() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(LAST_DAY, "08:00"),
                ":as 北京",
                "明天早饭打包 20份 7点前走",
                ":as 河北",
                "明天早饭打包20份 7点前走",
                ":as 协调员",
                JarSandbox.time(LAST_DAY, "20:20"),
                JarSandbox.time(LAST_DAY, "20:50"),
                JarSandbox.time(LAST_DAY, "21:05"),
                JarSandbox.time(AFTER, "09:20"),
                JarSandbox.time(AFTER, "09:50"),
                JarSandbox.time(AFTER, "10:05"),
                JarSandbox.time(AFTER, "20:05"));

        JarSandbox.Transcript t = sandbox.run(lines);

        String after = JarSandbox.day(AFTER);
        // 河北 has no departure: its hour is held for 确认 and the evening's briefing lists it as 待确认
        assertThat(t.answerTo(JarSandbox.time(LAST_DAY, "20:20")))
                .contains("【明日安排】" + after, "未计入抵离安排）：", "河北省代表团 " + after + "07:00 离开（全团）");
        // the group is reminded 30 minutes before the deadline, the locked board goes out at it
        assertThat(t.answerTo(JarSandbox.time(LAST_DAY, "20:50"))).contains("【报餐提醒】" + after + "早餐报餐将于21:00截止");
        assertThat(t.answerTo(JarSandbox.time(LAST_DAY, "21:05")))
                .contains("【报餐截止】" + after + "早餐")
                .contains("北京市代表团 20份");
        assertThat(t.answerTo(JarSandbox.time(AFTER, "09:50"))).contains("【报餐提醒】" + after + "午餐报餐将于10:00截止");
        assertThat(t.answerTo(JarSandbox.time(AFTER, "10:05"))).contains("【报餐截止】" + after + "午餐");
        assertThat(t.answerTo(JarSandbox.time(AFTER, "20:05")))
                .contains("【明日安排】" + JarSandbox.day(AFTER.plusDays(1)), "用餐：不供餐", STAYING);
    }
}

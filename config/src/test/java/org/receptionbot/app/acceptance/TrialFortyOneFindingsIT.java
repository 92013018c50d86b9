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
    void theDayAfterTheLastDayIsRemindedLockedAndBriefed() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(LAST_DAY, "08:00"),
                ":as 北京",
                "明天早饭打包 20份 7点前走",
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

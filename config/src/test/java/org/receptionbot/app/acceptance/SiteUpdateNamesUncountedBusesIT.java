package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the packaged jar's sandbox (conference sample; today is its visit day, 北海线 leaves at 13:30 on
 * buses 3, 4, 5 and car 9): the list update sent to the receiving site after a change names the
 * buses that have not reported a head count, as 车辆清点 does.
 */
class SiteUpdateNamesUncountedBusesIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final String SITE = "【接待保障助手 → 北海线接待群】";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theUpdateToTheSiteNamesTheBusesStillWithoutAHeadCount() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "13:35"),
                ":as 3号车",
                "3号车实到40人",
                JarSandbox.time(TODAY, "15:05"),
                ":as 湖南",
                "李处改去柳州",
                JarSandbox.time(TODAY, "15:10"));

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(JarSandbox.time(TODAY, "15:10")))
                .contains(SITE + "【考察名单更新】北海线预计16:30到达")
                .contains("1/4辆车已清点，实到40人")
                .contains("；4、5、9号车尚未报清点人数");
    }
}

package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 宵夜 is taken on request in the sample event: in the packaged jar's sandbox the locked board counts
 * a silent delegation as its last report, not its full size, and says so; the reminder chases the
 * same delegations and says the same; a change on a day with no count starts from that last report.
 */
class OnRequestLateNightIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM-dd");

    @TempDir
    Path dir;

    @Test
    void theLateNightReminderAndLockedBoardCountOnlyWhatWasLastOrdered() throws Exception {
        String warn = ":time " + TODAY.format(MD) + " 18:35";
        String lock = ":time " + TODAY.format(MD) + " 19:05";
        List<String> lines = List.of(
                ":time " + TODAY.minusDays(1).format(MD) + " 17:00",
                ":as 湖南",
                "今晚宵夜20人",
                warn,
                lock,
                ":as 协调员",
                "/meals 今天 宵夜");

        JarSandbox.Transcript t = JarSandbox.run(dir, lines);

        assertThat(t.answerTo(warn))
                .contains("宵夜报餐将于19:00截止，以下1个代表团尚未报餐：\n    湖南省代表团（联络员 李娜）")
                .contains("截止时未报的，按上次所报人数准备。");
        String board = lateNightBoard(t.answerTo(lock));
        assertThat(board)
                .startsWith("【报餐截止】" + JarSandbox.day(TODAY) + "宵夜 用餐人数（已过报餐截止时间）")
                .contains("湖南省代表团 20人（未报，按上次所报）")
                .contains("合计：20人")
                .contains("未报餐（1个，按上次所报计）：湖南省代表团")
                .contains("宵夜按需报送：")
                .doesNotContain("按全团计");
        assertThat(t.answerTo("/meals 今天 宵夜")).contains("合计：20人").contains("宵夜按需报送：");
    }

    @Test
    void aChangeWithNoCountForTheDayStartsFromTheLastReportInTheAnswerAndOnTheBoard() throws Exception {
        List<String> lines = List.of(
                ":time " + TODAY.minusDays(1).format(MD) + " 17:00",
                ":as 湖南",
                "今晚宵夜20人",
                ":time " + TODAY.format(MD) + " 17:00",
                "宵夜加2人",
                ":as 贵州",
                "宵夜少2个",
                ":as 协调员",
                "/meals 今天 宵夜");

        JarSandbox.Transcript t = JarSandbox.run(dir, lines);

        assertThat(t.answerTo("宵夜加2人")).contains("宵夜 增加2人（20人→22人，按上次所报20人加2人）");
        assertThat(t.answerTo("宵夜少2个")).contains("宵夜 减少2人（0人→0人，此前未报宵夜，按0人减2人，⚠减少的人数超过现有人数，已按0人计，请核实）");
        assertThat(t.answerTo("/meals 今天 宵夜"))
                .contains("湖南省代表团 22人")
                .contains("贵州省代表团 0人")
                .contains("合计：22人");
    }

    /** The first locked 宵夜 board of a jump's output. */
    private static String lateNightBoard(String out) {
        int from = out.indexOf("【报餐截止】" + JarSandbox.day(TODAY) + "宵夜");
        assertThat(from).as("a locked 宵夜 board in: %s", out).isNotNegative();
        int to = out.indexOf("【接待保障助手", from);
        return to < 0 ? out.substring(from) : out.substring(from, to);
    }
}

package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 宵夜 is taken on request, night by night, in the sample event: in the packaged jar's sandbox a night a delegation
 * does not report counts 0 (trial 45: "留饭改成宵夜吧 55份" was carried to every later night), nobody is chased for it,
 * the locked board counts only that night's orders and says so; a change on a night with no order starts from 0.
 */
class OnRequestLateNightIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM-dd");

    @TempDir
    Path dir;

    @Test
    void theLateNightReminderAndLockedBoardCountOnlyThatNightsOrders() throws Exception {
        String warn = ":time " + TODAY.format(MD) + " 18:35";
        String lock = ":time " + TODAY.format(MD) + " 19:05";
        List<String> lines = List.of(
                ":time " + TODAY.minusDays(1).format(MD) + " 17:00",
                ":as 湖南",
                "今晚宵夜20人",
                ":time " + TODAY.format(MD) + " 17:00",
                ":as 贵州",
                "今晚宵夜6人",
                warn,
                lock,
                ":as 协调员",
                "/meals 今天 宵夜");

        JarSandbox.Transcript t = JarSandbox.run(dir, lines);

        assertThat(t.answerTo(warn)).doesNotContain("宵夜报餐将于");
        String board = lateNightBoard(t.answerTo(lock));
        assertThat(board)
                .startsWith("【报餐截止】" + JarSandbox.day(TODAY) + "宵夜 用餐人数（已过报餐截止时间）")
                .contains("贵州省代表团 6人")
                .contains("合计：6人")
                .contains("宵夜按需报送：只计当天所报人数，当天未报的代表团按0人计，此前所报不顺延。")
                .doesNotContain("湖南省代表团 20人", "按上次所报", "未报餐", "按全团计");
        assertThat(t.answerTo("/meals 今天 宵夜")).contains("合计：6人").contains("宵夜按需报送：");
    }

    @Test
    void aChangeWithNoOrderForTheNightStartsFromZeroInTheAnswerAndOnTheBoard() throws Exception {
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

        assertThat(t.answerTo("宵夜加2人")).contains("宵夜 增加2人（0人→2人，当天未报宵夜，按0人加2人）");
        assertThat(t.answerTo("宵夜少2个")).contains("宵夜 减少2人（0人→0人，当天未报宵夜，按0人减2人，⚠减少的人数超过现有人数，已按0人计，请核实）");
        assertThat(t.answerTo("/meals 今天 宵夜")).contains("湖南省代表团 2人").contains("合计：2人");
    }

    /** The first locked 宵夜 board of a jump's output. */
    private static String lateNightBoard(String out) {
        int from = out.indexOf("【报餐截止】" + JarSandbox.day(TODAY) + "宵夜");
        assertThat(from).as("a locked 宵夜 board in: %s", out).isNotNegative();
        int to = out.indexOf("【接待保障助手", from);
        return to < 0 ? out.substring(from) : out.substring(from, to);
    }
}

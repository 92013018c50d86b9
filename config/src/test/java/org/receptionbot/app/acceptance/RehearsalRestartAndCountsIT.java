package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fifth session's trial findings in the packaged jar's sandbox: a rehearsed time survives a
 * restart, the 宵夜 reminder chases nobody for an earlier night's order (宵夜 is ordered night by night), and the
 * workbook has the bus head counts.
 */
class RehearsalRestartAndCountsIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final Pattern SAVED = Pattern.compile("文件已保存：(\\S+\\.xlsx)");

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aRestartedSandboxGoesOnAtTheRehearsedTimeAndSaysHowToGoBack() throws Exception {
        sandbox.run(List.of(JarSandbox.time(TODAY, "08:00"), "湖南今晚35人"));

        JarSandbox.Transcript again = sandbox.run(List.of(":time", ":time 现在"));

        assertThat(again.out())
                .contains("接待保障助手 · 本地沙盒 · 示例县第十三届民族传统体育运动会 · 沿用上次的演练时间，现在假定为：" + JarSandbox.day(TODAY) + "08:0")
                .contains("（输入 :time 现在 恢复真实时间）");
        assertThat(again.answerTo(":time")).contains("现在假定为：" + JarSandbox.day(TODAY) + "08:0");
        assertThat(again.answerTo(":time 现在")).contains("现在是真实时间：");

        JarSandbox.Transcript third = sandbox.run(List.of(":time"));
        assertThat(third.out()).doesNotContain("沿用上次的演练时间");
        assertThat(third.answerTo(":time")).contains("现在是真实时间：");
    }

    @Test
    void theLateNightReminderChasesNobodyForTheNightBeforesOrder() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY.minusDays(1), "17:00"), ":as 湖南", "今晚宵夜20人", JarSandbox.time(TODAY, "18:35"));

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("今晚宵夜20人")).contains("宵夜").contains("20人");
        String jump = t.answerTo(JarSandbox.time(TODAY, "18:35"));
        assertThat(jump).doesNotContain("宵夜报餐将于19:00截止");
    }

    @Test
    void theWorkbookHasTheBusHeadCountsWithWhoReportedThem() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "13:35"), ":as 3号车", "3号车实到40人", ":as 协调员", "/export " + JarSandbox.md(TODAY));

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        Matcher saved = SAVED.matcher(t.answerTo("/export " + JarSandbox.md(TODAY)));
        assertThat(saved.find()).as(t.out()).isTrue();
        try (InputStream in = Files.newInputStream(Path.of(saved.group(1)));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet counts = book.getSheet("车辆清点");
            assertThat(counts).isNotNull();
            Row bus = null;
            for (Row row : counts) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("3号车")) bus = row;
            }
            assertThat(bus).isNotNull();
            assertThat(bus.getCell(0).toString()).isEqualTo(JarSandbox.day(TODAY));
            assertThat(bus.getCell(2).toString()).isEqualTo("桂A·H3103");
            assertThat(bus.getCell(3).toString()).isEqualTo("北海线");
            assertThat(bus.getCell(4).getNumericCellValue()).isEqualTo(40);
            assertThat(bus.getCell(7).toString()).isEqualTo("陆春兰");
            assertThat(bus.getCell(8).toString()).isEqualTo("13:35");
        }
    }
}

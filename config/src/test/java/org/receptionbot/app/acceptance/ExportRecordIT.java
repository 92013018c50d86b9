package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.app.JarRun;

/**
 * The day's workbook, exported in the packaged jar's sandbox, is a record of the day's issues: the
 * one still waiting on its sheet with what its acknowledgement said, the one resolved that day on
 * {@code 已办结问题} with who reported, acknowledged and resolved it, when, and what was done; and
 * its {@code 抵离} sheet marks an arrival confirmed as done ✓. The jar's {@code export} mode, run on a
 * rehearsed day's store, ages waiting issues by the rehearsed time.
 */
class ExportRecordIT {
    private static final Pattern FILE = Pattern.compile("(/\\S+\\.xlsx)");

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theExportListsTheIssuesResolvedThatDayBesideThoseStillWaiting() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                ":time 09:00",
                ":as 湖南",
                "房间没有热水",
                "还有3个队员今天上午9点20到",
                ":as 协调员",
                "受理 1",
                ":time 09:30",
                "办结 1 已更换房间",
                ":as 湖南",
                "3个队员到了",
                ":as 广西",
                "车还没来，等了半小时了",
                ":as 协调员",
                "/ack 2 已联系车队",
                "导出 今天"));

        Matcher file = FILE.matcher(t.answerTo("导出 今天"));
        assertThat(file.find()).as(t.answerTo("导出 今天")).isTrue();
        try (InputStream in = Files.newInputStream(Path.of(file.group(1)));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<List<String>> resolved = rows(book.getSheet("已办结问题"));
            assertThat(resolved).hasSize(2);
            assertThat(resolved.get(1))
                    .contains("住宿", "湖南省代表团", "田卫东", "已更换房间", "房间没有热水")
                    .anySatisfy(cell -> assertThat(cell).endsWith("09:00"))
                    .anySatisfy(cell -> assertThat(cell).endsWith("09:30"));
            List<List<String>> waiting = rows(book.getSheet("待处理问题"));
            assertThat(waiting).hasSize(2);
            assertThat(waiting.get(1)).contains("车辆", "广西壮族自治区代表团", "已联系车队（田卫东）");
            assertThat(rows(book.getSheet("抵离")))
                    .anySatisfy(row -> assertThat(row)
                            .contains("抵达", "湖南省代表团", "3.0")
                            .anySatisfy(cell -> assertThat(cell).startsWith("已到达 ✓")));
        }
    }

    @Test
    void theExportModeAgesWaitingIssuesByTheRehearsedTimeAsTheBoardsDo(@TempDir Path dir) throws Exception {
        LocalDate today = JarSandbox.today();
        JarSandbox.Transcript t = JarSandbox.run(
                dir,
                List.of(JarSandbox.time(today, "09:00"), ":as 湖南", "房间没有热水", JarSandbox.time(today, "10:30"), "问题清单"));
        // The rehearsed clock runs on from 09:00 while the report is read, so the age is 1:29 or 1:30.
        assertThat(t.answerTo("问题清单")).containsPattern("1小时(29|30)分");

        JarRun export = JarRun.run(
                dir,
                "",
                List.of(
                        "export",
                        "--from",
                        JarSandbox.md(today),
                        "--out",
                        "rehearsed.xlsx",
                        "--reception.data-dir=" + dir.resolve("data"),
                        "--reception.embedded-redis.port=0",
                        "--reception.weather.provider=none"));

        assertThat(export.exit()).as(export.out()).isZero();
        assertThat(export.out()).contains("问题等待时长按沙盒演练时间计算：" + JarSandbox.day(today) + " 10:30");
        try (InputStream in = Files.newInputStream(dir.resolve("rehearsed.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<List<String>> waiting = rows(book.getSheet("待处理问题"));
            assertThat(waiting).hasSize(2);
            assertThat(waiting.get(1)).contains("房间没有热水");
            assertThat(String.join(" ", waiting.get(1))).containsPattern("1小时(29|30)分");
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.toString()));
            rows.add(cells);
        }
        return rows;
    }
}

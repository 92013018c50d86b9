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
 * The conference trial's bus counts in the packaged jar's sandbox (today is its visit day; 北海线
 * rides buses 3, 4, 5 and the minister's 4-seat car 9, 百色线 buses 1 and 2): 5号车 counted 5 of
 * its 45 seats is flagged in the answer and told to the coordinators; 车辆清点, 北海线名单 and the
 * workbook's 车辆清点 sheet show the buses not counted yet with whom to call.
 */
class BusesNotCountedIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final Pattern SAVED = Pattern.compile("文件已保存：(\\S+\\.xlsx)");
    private static final String COORDINATORS = "【接待保障助手 → 会务组协调群】";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theBusesNotCountedAreListedWithWhomToCallAndAThinCountIsFlagged() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "13:35"),
                ":as 3号车",
                "3号车实到40人",
                ":as 4号车",
                "4号车实到38人",
                ":as 5号车",
                "5号车实到5人",
                ":as 协调员",
                "车辆清点",
                "北海线名单",
                "/export " + JarSandbox.md(TODAY));

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo("5号车实到5人"))
                .contains("⚠5号车仅5人（45座），请核实，已通知协调组。")
                .contains(COORDINATORS + "⚠5号车仅5人（45座），请核实");
        assertThat(t.answerTo("4号车实到38人")).doesNotContain("仅38人");
        assertThat(t.answerTo("车辆清点"))
                .contains("1号车（百色线） 未清点（随车联络员 覃海燕 13577100001）")
                .contains("5号车（北海线） 实到5人（3、4、5、9号车合计应到86人） ⚠仅5人（45座），请核实")
                .contains("9号车（北海线） 未清点（未指定随车联络员，司机 廖师傅 13877100009）")
                .contains("北海线：2/4辆车已清点，5号车待核实，未计入，9号车未清点")
                .contains("百色线：0/2辆车已清点，1、2号车未清点")
                .doesNotContain("10号车");
        assertThat(t.answerTo("北海线名单")).contains("清点：2/4辆车已清点，实到78人 / 应到86人；5号车仅5人，待核实，未计入；9号车未清点");

        Matcher saved = SAVED.matcher(t.answerTo("/export " + JarSandbox.md(TODAY)));
        assertThat(saved.find()).as(t.out()).isTrue();
        try (InputStream in = Files.newInputStream(Path.of(saved.group(1)));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row car = row(book.getSheet("车辆清点"), "9号车");
            assertThat(car.getCell(3).toString()).isEqualTo("北海线");
            assertThat(car.getCell(4).toString()).isEqualTo("未清点");
            assertThat(car.getCell(9).toString()).isEqualTo("未指定随车联络员，司机 廖师傅 13877100009");
            assertThat(row(book.getSheet("车辆清点"), "5号车").getCell(9).toString()).isEqualTo("仅5人（45座），请核实");
        }
    }

    private static Row row(Sheet sheet, String bus) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).toString().equals(bus)) return row;
        }
        throw new AssertionError("no row for " + bus);
    }
}

package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/**
 * The workbook of a ledger where 10 of Hunan's 35 people leave on 11-23 at 06:00, ahead of the
 * delegation's planned departure on 11-26 at 09:00 (K1158): the same rows and figures as the chat's
 * boards. Breakfast is served 07:00–09:00.
 */
class PartialMovementsSheetTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final CoreWiring core = CoreWiring.inMemory(
            TestEvents.withPeople(),
            new InMemoryLedger(),
            new RecordingOutbox(),
            Clock.fixed(Sources.instant("2026-11-22T20:00"), ZONE));

    private XSSFWorkbook exported() throws IOException {
        core.recorder.apply(
                Sources.at("2026-11-22T20:00", "hunan-li"),
                List.of(new Departure("hunan", nov(23), LocalTime.of(6, 0), 10, null)));
        ExportContent content = core.exportBuilder.build(nov(23), nov(26), core.clock.instant());
        return new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZONE)));
    }

    @Test
    void aPartialDepartureIsItsOwnRowOfItsPeopleAndThePlannedDepartureCountsTheRest() throws IOException {
        try (XSSFWorkbook book = exported()) {
            List<List<String>> rows = rows(book.getSheet("抵离"));

            assertThat(rows)
                    .containsExactly(
                            List.of("日期", "时间", "类型", "代表团", "人数", "车次/航班", "与计划相比", "到离确认"),
                            List.of("11月23日（周一）", "06:00", "离开", "湖南省代表团", "10", "", "部分人员", ""),
                            List.of("11月26日（周四）", "09:00", "离开", "湖南省代表团", "25", "K1158", "计划（未报）", ""));
        }
    }

    @Test
    void aDepartureReportedAsDoneIsMarkedConfirmedAsMovesShowsIt() throws IOException {
        core.recorder.apply(
                Sources.at("2026-11-23T06:20", "hunan-li"),
                List.of(new Departure("hunan", nov(23), LocalTime.of(6, 0), 10, null)));
        ExportContent content = core.exportBuilder.build(nov(23), nov(23), core.clock.instant());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZONE)))) {
            assertThat(rows(book.getSheet("抵离")).get(1))
                    .containsExactly("11月23日（周一）", "06:00", "离开", "湖南省代表团", "10", "", "部分人员", "已离开 ✓ 06:20确认");
        }
    }

    @Test
    void theMealSheetsCountThosePeopleOutFromTheServingsAfterThem() throws IOException {
        try (XSSFWorkbook book = exported()) {
            Row hunan = book.getSheet("11月23日").getRow(3);

            assertThat(hunan.getCell(0).getStringCellValue()).isEqualTo("湖南省代表团");
            assertThat(hunan.getCell(1).getNumericCellValue()).as("早餐").isEqualTo(25);
            assertThat(book.getSheet("11月26日").getRow(3).getCell(1).getNumericCellValue())
                    .as("breakfast on the day the rest leave at 09:00")
                    .isEqualTo(25);
        }
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    /** Every row's cells as text, a number without its decimals and a missing cell as "". */
    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) cells.add(text(row.getCell(c)));
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) return "";
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.toString();
        };
    }
}

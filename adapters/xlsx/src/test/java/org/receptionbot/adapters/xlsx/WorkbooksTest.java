package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.event.Venue;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.summary.VenueBoard;

class WorkbooksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final Event event = TestEvents.reference();
    private final Delegation hunan = delegation("hunan");
    private final Delegation hubei = delegation("hubei");
    private final Venue venue = new Venue("jiuyuan", "九院", 60);

    @Test
    void aDaySheetHasEachDelegationsDinersPerMealAndTheVenueFigures() throws IOException {
        Meal lunch = event.meal("LUNCH").orElseThrow();
        Meal dinner = event.meal("DINNER").orElseThrow();
        MealBoard lunchBoard = board(lunch, 70, 600, List.of(hubei));
        MealBoard dinnerBoard = board(dinner, 20, null, List.of());
        ExportContent content = new ExportContent(
                DAY,
                DAY,
                List.of(new ExportContent.Day(
                        DAY, List.of(lunchBoard, dinnerBoard), new MovementBoard(DAY, List.of()))),
                List.of());

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZoneId.of("Asia/Shanghai"))))) {
            assertThat(sheetNames(book)).containsExactly("11月22日", "抵离", "车辆清点", "待处理问题", "已办结问题");
            Sheet day = book.getSheet("11月22日");
            assertThat(texts(day.getRow(1))).containsExactly("代表团", "午餐", "", "晚餐", "", "未报餐次", "截止后变更");
            assertThat(texts(day.getRow(2))).containsExactly("", "堂食", "打包", "堂食", "打包", "", "");
            Row hunanRow = day.getRow(3);
            assertThat(hunanRow.getCell(0).getStringCellValue()).isEqualTo("湖南省代表团");
            assertThat(hunanRow.getCell(1).getNumericCellValue()).isEqualTo(35);
            assertThat(hunanRow.getCell(2)).as("nothing packed").isNull();
            assertThat(hunanRow.getCell(3).getNumericCellValue()).isEqualTo(10);
            Row hubeiRow = day.getRow(4);
            assertThat(hubeiRow.getCell(1).getNumericCellValue()).isEqualTo(35);
            assertThat(hubeiRow.getCell(5).getStringCellValue()).isEqualTo("午餐");
            assertThat(italic(book, hubeiRow, 1))
                    .as("a figure not reported is marked")
                    .isTrue();
            assertThat(italic(book, hunanRow, 1)).isFalse();
            Row subtotal = day.getRow(5);
            assertThat(subtotal.getCell(0).getStringCellValue()).isEqualTo("九院 小计");
            assertThat(subtotal.getCell(1).getNumericCellValue()).isEqualTo(70);
            assertThat(subtotal.getCell(2).getNumericCellValue()).isZero();

            Row booked = row(day, "九院", "预订");
            assertThat(booked.getCell(2).getNumericCellValue()).isEqualTo(70);
            assertThat(booked.getCell(3).getNumericCellValue()).as("packed").isZero();
            assertThat(booked.getCell(2).getCellStyle().getFillForegroundColor())
                    .as("over capacity is marked")
                    .isNotEqualTo(booked.getCell(4).getCellStyle().getFillForegroundColor());
            assertThat(row(day, "九院", "容量").getCell(2).getNumericCellValue()).isEqualTo(60);
            assertThat(row(day, "九院", "实到").getCell(2).getNumericCellValue()).isEqualTo(600);
            assertThat(row(day, "九院", "实到").getCell(4)).as("no actual yet").isNull();
            assertThat(row(day, "九院", "差额").getCell(2).getNumericCellValue()).isEqualTo(530);
            assertThat(row(day, "合计", "预订").getCell(4).getNumericCellValue()).isEqualTo(20);
        }
    }

    @Test
    void anOnRequestMealNotReportedIsNamedAsCountedFromTheLastReport() throws IOException {
        Meal lateNight = TestEvents.lateNightOnRequest().meal("LATE_NIGHT").orElseThrow();
        ExportContent content = new ExportContent(
                DAY,
                DAY,
                List.of(new ExportContent.Day(
                        DAY, List.of(board(lateNight, 20, null, List.of(hubei))), new MovementBoard(DAY, List.of()))),
                List.of());

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZoneId.of("Asia/Shanghai"))))) {
            Row hubeiRow = book.getSheet("11月22日").getRow(4);
            assertThat(hubeiRow.getCell(3).getStringCellValue()).isEqualTo("宵夜（按上次所报计）");
        }
    }

    @Test
    void theFileIsNamedForItsDates() {
        ExportContent one = new ExportContent(DAY, DAY, List.of(), List.of());
        ExportContent three = new ExportContent(DAY, DAY.plusDays(2), List.of(), List.of());

        assertThat(Workbooks.fileName(one)).isEqualTo("接待报表_20261122.xlsx");
        assertThat(Workbooks.fileName(three)).isEqualTo("接待报表_20261122-20261124.xlsx");
    }

    /** Hunan reported; Hubei did not (its figure is the default). */
    private MealBoard board(Meal meal, int perDelegationTotal, Integer actual, List<Delegation> notReported) {
        int each = perDelegationTotal / 2;
        List<DelegationDiners> diners = List.of(
                new DelegationDiners(hunan, new DinerCount(each, true, false, 0)),
                new DelegationDiners(
                        hubei, new DinerCount(perDelegationTotal - each, notReported.isEmpty(), false, 0)));
        return new MealBoard(DAY, meal, true, List.of(new VenueBoard(venue, diners, actual)), notReported, List.of());
    }

    private Delegation delegation(String id) {
        return event.delegations().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static boolean italic(XSSFWorkbook book, Row row, int column) {
        return book.getFontAt(row.getCell(column).getCellStyle().getFontIndex()).getItalic();
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.toString()));
        return texts;
    }

    private static Row row(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).toString().equals(first)
                    && row.getCell(1) != null
                    && row.getCell(1).toString().equals(second)) return row;
        }
        throw new AssertionError("no row " + first + " " + second);
    }
}

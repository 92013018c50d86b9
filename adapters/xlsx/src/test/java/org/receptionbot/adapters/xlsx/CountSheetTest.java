package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.summary.MovementBoard;

class CountSheetTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Event event = TestEvents.conference();

    @Test
    void theBusHeadCountsHaveTheirSheetAfterTheMovementsWithTheGapFlagged() throws IOException {
        ExportContent content = content(List.of(
                count("6", "柳州线", 30, null, "刘洋", "2026-12-09T05:28:00Z"),
                count("11", "生态环境部", 3, 4, "陈红", "2026-12-09T00:40:00Z")));

        try (XSSFWorkbook book = read(content)) {
            List<String> names = new ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("抵离", "车辆清点", "待处理问题");
            Sheet sheet = book.getSheet("车辆清点");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly("日期", "车号", "车牌", "线路/代表团", "实到", "应到", "差额", "报送人", "报送时间", "备注");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly("12月9日（周三）", "6号车", "桂A·H3106", "柳州线", "30.0", "", "", "刘洋", "13:28", "");
            assertThat(texts(sheet.getRow(2)))
                    .containsExactly("12月9日（周三）", "11号车", "桂A·H3111", "生态环境部", "3.0", "4.0", "少1人", "陈红", "08:40", "");
            assertThat(sheet.getRow(2).getCell(6).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
        }
    }

    @Test
    void aBusNotCountedIsARowWithWhomToCallAndACountToCheckIsNoted() throws IOException {
        ExportContent content = content(List.of(
                count("5", "北海线", 5, null, "蓝玉梅", "2026-12-09T06:05:00Z", "仅5人（45座），请核实"),
                new ExportContent.Count(
                        event.vehicle("9").orElseThrow(), "北海线", null, null, null, null, "未指定随车联络员，司机 廖师傅")));

        try (XSSFWorkbook book = read(content)) {
            Sheet sheet = book.getSheet("车辆清点");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly(
                            "12月9日（周三）", "5号车", "桂A·H3105", "北海线", "5.0", "", "", "蓝玉梅", "14:05", "仅5人（45座），请核实");
            assertThat(texts(sheet.getRow(2)))
                    .containsExactly("12月9日（周三）", "9号车", "桂A·H3109", "北海线", "未清点", "", "", "", "", "未指定随车联络员，司机 廖师傅");
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(sheet.getRow(1).getCell(9).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
        }
    }

    @Test
    void aBusCarryingTwoDelegationsHasARowForEachThenItsTotalWithEachGap() throws IOException {
        Event games = TestEvents.reference();
        var bus = games.vehicle("3").orElseThrow();
        ExportContent content = content(List.of(
                new ExportContent.Count(bus, "湖南省代表团", 32, 35, "李娜", Instant.parse("2026-12-09T01:00:00Z")),
                new ExportContent.Count(bus, "青海省代表团", 27, 27, "冯刚", Instant.parse("2026-12-09T01:10:00Z")),
                new ExportContent.Count(bus, "合计（湖南省代表团、青海省代表团同车）", 59, 62, null, null)));

        try (XSSFWorkbook book = read(content)) {
            Sheet sheet = book.getSheet("车辆清点");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly(
                            "12月9日（周三）", "3号车", "鄂Q·A1003", "湖南省代表团", "32.0", "35.0", "少3人", "李娜", "09:00", "");
            assertThat(texts(sheet.getRow(2)))
                    .containsExactly("12月9日（周三）", "3号车", "鄂Q·A1003", "青海省代表团", "27.0", "27.0", "相符", "冯刚", "09:10", "");
            assertThat(texts(sheet.getRow(3)))
                    .containsExactly(
                            "12月9日（周三）", "3号车", "鄂Q·A1003", "合计（湖南省代表团、青海省代表团同车）", "59.0", "62.0", "少3人", "", "", "");
        }
    }

    @Test
    void aRangeWithoutCountsSaysSo() throws IOException {
        try (XSSFWorkbook book = read(content(List.of()))) {
            assertThat(book.getSheet("车辆清点").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("暂无清点记录");
        }
    }

    private ExportContent content(List<ExportContent.Count> counts) {
        return new ExportContent(
                DAY,
                DAY,
                List.of(new ExportContent.Day(DAY, List.of(), new MovementBoard(DAY, List.of()), List.of(), counts)),
                List.of());
    }

    private ExportContent.Count count(
            String vehicle, String task, int counted, Integer expected, String reporter, String at) {
        return count(vehicle, task, counted, expected, reporter, at, null);
    }

    private ExportContent.Count count(
            String vehicle, String task, int counted, Integer expected, String reporter, String at, String note) {
        return new ExportContent.Count(
                event.vehicle(vehicle).orElseThrow(), task, counted, expected, reporter, Instant.parse(at), note);
    }

    private static XSSFWorkbook read(ExportContent content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZONE)));
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 10; i++)
            cells.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
        return cells;
    }
}

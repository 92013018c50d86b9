package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.visit.BusCount;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.RouteList;

class VisitSheetTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private final Event event = TestEvents.conference();

    @Test
    void eachRouteOfTheDayHasItsSheetWithPeopleBusesCountsAndChanges() throws IOException {
        ExportContent.Route liuzhou = route("liuzhou", List.of("16:20 山东 1人 改去柳州线（山东联络员）"));
        ExportContent.Route beihai = route("beihai", List.of());
        ExportContent content = new ExportContent(
                DAY,
                DAY,
                List.of(new ExportContent.Day(
                        DAY, List.of(), new MovementBoard(DAY, List.of()), List.of(beihai, liuzhou))),
                List.of());

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZoneId.of("Asia/Shanghai"))))) {
            List<String> names = new ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("抵离", "考察-北海线", "考察-柳州线", "待处理问题");
            Sheet sheet = book.getSheet("考察-柳州线");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("柳州线 12月9日（周三）13:30出发，16:30到达 接待单位：柳州市住房和城乡建设局 韦科长 0772-0000103");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("北京市住房和城乡建设委员会");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);
            Row bus = row(sheet, "6号车");
            assertThat(bus.getCell(1).getStringCellValue()).isEqualTo("桂A·H3106");
            assertThat(bus.getCell(6).getNumericCellValue()).isEqualTo(30);
            assertThat(row(sheet, "7号车").getCell(6).getStringCellValue()).isEqualTo("未清点");
            assertThat(row(sheet, "座位 / 应到 / 实到").getCell(2).getNumericCellValue())
                    .isEqualTo(61);
            assertThat(row(sheet, "16:20 山东 1人 改去柳州线（山东联络员）")).isNotNull();
            assertThat(row(book.getSheet("考察-北海线"), "无")).isNotNull();
        }
    }

    private ExportContent.Route route(String id, List<String> changes) {
        VisitRoute r = event.route(id).orElseThrow();
        List<DelegationLine> lines = r.plan().entrySet().stream()
                .map(e -> new DelegationLine(e.getKey(), e.getValue(), e.getValue(), e.getValue()))
                .toList();
        List<BusCount> buses = new ArrayList<>();
        for (var v : event.vehiclesOf(r))
            buses.add(v.id().equals("6") ? new BusCount(v, 30, Instant.EPOCH) : new BusCount(v, null, null));
        List<String> names = lines.stream()
                .map(l -> event.delegation(l.delegation()).orElseThrow().name())
                .toList();
        return new ExportContent.Route(new RouteList(r, lines, List.of(), buses, null), names, changes);
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) return row;
        }
        return null;
    }
}

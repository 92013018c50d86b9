package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.testing.Sources;

class ResolvedIssueSheetTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void theIssuesResolvedOnTheDaysAreASheetOfWhoReportedAcknowledgedAndResolvedThemAndWhatWasDone()
            throws IOException {
        IssueTicket ticket = IssueTicket.open(
                        3, new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"), "e1", Sources.at("2026-11-22T08:00", "李娜"))
                .acknowledge(new IssueTicket.Step("tian", "田卫东", Sources.instant("2026-11-22T08:10"), "已派维修工"))
                .resolve(new IssueTicket.Step("xiang", "向春梅", Sources.instant("2026-11-22T09:05")), "已更换房间");
        IssueLine line = new IssueLine(
                ticket, TestEvents.reference().delegation("hunan").orElseThrow(), Duration.ofMinutes(65), false);
        ExportContent content = new ExportContent(DAY, DAY, List.of(), List.of(), List.of(line));

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZoneId.of("Asia/Shanghai"))))) {
            Sheet sheet = book.getSheet("已办结问题");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly(
                            "编号", "类别", "代表团", "报告人", "报告时间", "受理人", "受理时间", "受理说明", "办结人", "办结时间", "用时", "处理结果", "内容");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly(
                            "3.0",
                            "住宿",
                            "湖南省代表团",
                            "李娜",
                            "11月22日 08:00",
                            "田卫东",
                            "11月22日 08:10",
                            "已派维修工（田卫东）",
                            "向春梅",
                            "11月22日 09:05",
                            "1小时5分",
                            "已更换房间",
                            "房间没有热水");
            assertThat(book.getSheet("待处理问题").getLastRowNum()).isZero();
        }
    }

    @Test
    void aWaitingIssuesAcknowledgementNoteHasItsColumn() throws IOException {
        IssueTicket ticket = IssueTicket.open(
                        4,
                        new Issue(IssueCategory.VEHICLE, "hunan", "车还没来"),
                        "e2",
                        Sources.at("2026-11-22T08:00", "李娜"))
                .acknowledge(new IssueTicket.Step("tian", "田卫东", Sources.instant("2026-11-22T08:10"), "已联系车队"));
        IssueLine line = new IssueLine(
                ticket, TestEvents.reference().delegation("hunan").orElseThrow(), Duration.ofMinutes(20), false);
        ExportContent content = new ExportContent(DAY, DAY, List.of(), List.of(line), List.of());

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZoneId.of("Asia/Shanghai"))))) {
            Sheet sheet = book.getSheet("待处理问题");
            assertThat(texts(sheet.getRow(0))).endsWith("内容", "受理说明");
            assertThat(texts(sheet.getRow(1))).endsWith("车还没来", "已联系车队（田卫东）");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.toString()));
        return texts;
    }
}

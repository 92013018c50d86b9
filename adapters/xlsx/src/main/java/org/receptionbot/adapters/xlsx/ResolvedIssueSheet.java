package org.receptionbot.adapters.xlsx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.Texts;

/** The issues resolved on the export's days: who reported, acknowledged and resolved each, when, and what was done. */
final class ResolvedIssueSheet {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final XSSFWorkbook book;
    private final Styles styles;
    private final ZoneId zone;

    ResolvedIssueSheet(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.book = book;
        this.styles = styles;
        this.zone = zone;
    }

    void write(List<IssueLine> resolved) {
        Sheet sheet = book.createSheet("已办结问题");
        Styles.headers(
                sheet, 0, styles, "编号", "类别", "代表团", "报告人", "报告时间", "受理人", "受理时间", "受理说明", "办结人", "办结时间", "用时", "处理结果",
                "内容");
        int r = 1;
        for (IssueLine line : resolved) {
            IssueTicket t = line.ticket();
            Row row = sheet.createRow(r++);
            Styles.number(row, 0, t.number(), null);
            Styles.text(row, 1, t.issue().category().label(), null);
            Styles.text(
                    row, 2, line.delegation() == null ? "" : line.delegation().name(), null);
            Styles.text(row, 3, t.reported().senderName(), null);
            Styles.text(row, 4, at(t.reported().at()), null);
            Styles.text(row, 5, t.acknowledged() == null ? "" : t.acknowledged().name(), null);
            Styles.text(
                    row, 6, t.acknowledged() == null ? "" : at(t.acknowledged().at()), null);
            Styles.text(row, 7, IssueSheet.note(t.acknowledged()), null);
            Styles.text(row, 8, t.resolved().name(), null);
            Styles.text(row, 9, at(t.resolved().at()), null);
            Styles.text(row, 10, Texts.age(line.age()), null);
            Styles.text(row, 11, t.resolution() == null ? "" : t.resolution(), null);
            Styles.text(row, 12, t.issue().text(), null);
        }
        Styles.widths(sheet, 3, 4, 10, 5, 8, 5, 8, 12, 5, 8, 6, 16, 30);
        sheet.createFreezePane(0, 1);
    }

    private String at(Instant instant) {
        return AT.format(instant.atZone(zone));
    }
}

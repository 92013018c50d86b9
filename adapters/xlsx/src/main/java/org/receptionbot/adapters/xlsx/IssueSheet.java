package org.receptionbot.adapters.xlsx;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.Texts;

/** The issues still waiting at the time of export, oldest flagged, each with what its acknowledgement said. */
final class IssueSheet {
    private static final DateTimeFormatter REPORTED = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final XSSFWorkbook book;
    private final Styles styles;
    private final ZoneId zone;

    IssueSheet(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.book = book;
        this.styles = styles;
        this.zone = zone;
    }

    void write(List<IssueLine> issues) {
        Sheet sheet = book.createSheet("待处理问题");
        Styles.headers(sheet, 0, styles, "编号", "类别", "代表团", "状态", "报告人", "报告时间", "已等待", "内容", "受理说明");
        int r = 1;
        for (IssueLine line : issues) {
            IssueTicket t = line.ticket();
            Row row = sheet.createRow(r++);
            Styles.number(row, 0, t.number(), null);
            Styles.text(row, 1, t.issue().category().label(), null);
            Styles.text(
                    row, 2, line.delegation() == null ? "" : line.delegation().name(), null);
            Styles.text(row, 3, t.state().label(), null);
            Styles.text(row, 4, t.reported().senderName(), null);
            Styles.text(row, 5, REPORTED.format(t.reported().at().atZone(zone)), null);
            Styles.text(row, 6, Texts.age(line.age()), line.old() ? styles.alert : null);
            Styles.text(row, 7, t.issue().text(), null);
            Styles.text(row, 8, note(t.acknowledged()), null);
        }
        Styles.widths(sheet, 3, 4, 10, 5, 6, 8, 7, 30, 16);
        sheet.createFreezePane(0, 1);
    }

    /** What the coordinator said acknowledging ("已派维修工（田卫东）"), or "" when nothing. */
    static String note(IssueTicket.Step acknowledged) {
        if (acknowledged == null
                || acknowledged.note() == null
                || acknowledged.note().isBlank()) return "";
        return acknowledged.note() + "（" + acknowledged.name() + "）";
    }
}

package org.receptionbot.adapters.xlsx;

import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.Texts;

/** The issues still waiting at the time of export, oldest flagged, each with what its acknowledgement said. */
final class IssueSheet {
    private final Styles styles;
    private final IssueRows rows;

    IssueSheet(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.styles = styles;
        this.rows = new IssueRows(book, styles, zone);
    }

    void write(List<IssueLine> issues) {
        rows.write(
                "待处理问题",
                issues,
                List.of("状态", "报告人", "报告时间", "已等待", "内容", "受理说明"),
                new int[] {5, 6, 8, 7, 30, 16},
                (row, line) -> {
                    IssueTicket t = line.ticket();
                    Styles.text(row, 3, t.standing(), null);
                    rows.reported(row, 4, t);
                    Styles.text(row, 6, Texts.age(line.age()), line.old() ? styles.alert : null);
                    Styles.text(row, 7, t.issue().text(), null);
                    Styles.text(row, 8, IssueRows.note(t.acknowledged()), null);
                });
    }
}

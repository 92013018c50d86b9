package org.receptionbot.adapters.xlsx;

import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.Texts;

/** The issues resolved on the export's days: who reported, acknowledged and resolved each, when, and what was done. */
final class ResolvedIssueSheet {
    private final IssueRows rows;

    ResolvedIssueSheet(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.rows = new IssueRows(book, styles, zone);
    }

    void write(List<IssueLine> resolved) {
        rows.write(
                "已办结问题",
                resolved,
                List.of("报告人", "报告时间", "受理人", "受理时间", "受理说明", "办结人", "办结时间", "用时", "处理结果", "内容"),
                new int[] {5, 8, 5, 8, 12, 5, 8, 6, 16, 30},
                (row, line) -> {
                    IssueTicket t = line.ticket();
                    rows.reported(row, 3, t);
                    Styles.text(
                            row,
                            5,
                            t.acknowledged() == null ? "" : t.acknowledged().name(),
                            null);
                    Styles.text(
                            row,
                            6,
                            t.acknowledged() == null
                                    ? ""
                                    : rows.at(t.acknowledged().at()),
                            null);
                    Styles.text(row, 7, IssueRows.note(t.acknowledged()), null);
                    Styles.text(row, 8, t.resolved().name(), null);
                    Styles.text(row, 9, rows.at(t.resolved().at()), null);
                    Styles.text(row, 10, Texts.age(line.age()), null);
                    Styles.text(row, 11, t.resolution() == null ? "" : t.resolution(), null);
                    Styles.text(row, 12, t.issue().text(), null);
                });
    }
}

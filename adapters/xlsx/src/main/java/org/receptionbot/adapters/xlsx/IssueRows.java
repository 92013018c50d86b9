package org.receptionbot.adapters.xlsx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.IssueLine;

/**
 * The shape the issue sheets share: a header row, one row an issue opening with 编号, 类别 and 代表团,
 * the sheet's own columns after them, the header row frozen. Moments read "M月d日 HH:mm" in the
 * event's zone.
 */
final class IssueRows {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final List<String> LEAD = List.of("编号", "类别", "代表团");
    private static final int[] LEAD_WIDTHS = {3, 4, 10};

    /** The sheet's own columns of one issue's row, from column 3 on. */
    interface Columns {
        void write(Row row, IssueLine line);
    }

    private final XSSFWorkbook book;
    private final Styles styles;
    private final ZoneId zone;

    IssueRows(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.book = book;
        this.styles = styles;
        this.zone = zone;
    }

    /** A sheet of the issues; {@code headers} and {@code widths} are those of the sheet's own columns. */
    void write(String name, List<IssueLine> issues, List<String> headers, int[] widths, Columns own) {
        Sheet sheet = book.createSheet(name);
        Styles.headers(
                sheet, 0, styles, Stream.concat(LEAD.stream(), headers.stream()).toArray(String[]::new));
        int r = 1;
        for (IssueLine line : issues) {
            IssueTicket t = line.ticket();
            Row row = sheet.createRow(r++);
            Styles.number(row, 0, t.number(), null);
            Styles.text(row, 1, t.issue().category().label(), null);
            Styles.text(
                    row, 2, line.delegation() == null ? "" : line.delegation().name(), null);
            own.write(row, line);
        }
        Styles.widths(
                sheet,
                IntStream.concat(IntStream.of(LEAD_WIDTHS), IntStream.of(widths))
                        .toArray());
        sheet.createFreezePane(0, 1);
    }

    /** 报告人 in {@code column}, 报告时间 in the next. */
    void reported(Row row, int column, IssueTicket t) {
        Styles.text(row, column, t.reported().senderName(), null);
        Styles.text(row, column + 1, at(t.reported().at()), null);
    }

    String at(Instant instant) {
        return AT.format(instant.atZone(zone));
    }

    /** What the coordinator said acknowledging ("已派维修工（田卫东）"), or "" when nothing. */
    static String note(IssueTicket.Step acknowledged) {
        if (acknowledged == null
                || acknowledged.note() == null
                || acknowledged.note().isBlank()) return "";
        return acknowledged.note() + "（" + acknowledged.name() + "）";
    }
}

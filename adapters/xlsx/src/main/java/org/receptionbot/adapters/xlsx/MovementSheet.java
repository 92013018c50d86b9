package org.receptionbot.adapters.xlsx;

import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;
import org.receptionbot.summary.MovementLine;
import org.receptionbot.summary.Texts;

/**
 * Arrivals and departures of every day of the export, in time order, with how each stands against the
 * plan: the lines of the core's movement boards, as the chat's {@code /moves} shows them (part of a
 * delegation moving on its own is its own row, marked 部分人员; the plan's row counts the rest), and
 * a movement confirmed as done marked ✓.
 */
final class MovementSheet {
    private final XSSFWorkbook book;
    private final Styles styles;

    MovementSheet(XSSFWorkbook book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    void write(List<ExportContent.Day> days) {
        Sheet sheet = book.createSheet("抵离");
        Styles.headers(sheet, 0, styles, "日期", "时间", "类型", "代表团", "人数", "车次/航班", "与计划相比", "到离确认");
        int r = 1;
        for (ExportContent.Day day : days) {
            for (MovementLine line : day.movements().lines()) {
                Row row = sheet.createRow(r++);
                Styles.text(row, 0, Texts.day(day.date()), null);
                Styles.text(row, 1, line.when(), null);
                Styles.text(row, 2, line.arrival() ? "抵达" : "离开", null);
                Styles.text(row, 3, line.delegation().name(), null);
                Styles.number(row, 4, line.people(), null);
                Styles.text(row, 5, line.transport(), null);
                boolean changed =
                        line.status() == MovementLine.Status.CHANGED || line.status() == MovementLine.Status.MOVED;
                Styles.text(row, 6, status(line), changed ? styles.alert : null);
                Styles.text(row, 7, confirmed(line), null);
            }
        }
        Styles.widths(sheet, 9, 5, 4, 12, 4, 6, 10, 12);
        sheet.createFreezePane(0, 1);
    }

    /** "已到达 ✓" or "已离开 ✓ 08:30确认" as {@code /moves} marks a confirmed movement; "" when not confirmed. */
    private static String confirmed(MovementLine line) {
        if (line.confirmed() == null) return "";
        String done = (line.arrival() ? "已到达" : "已离开") + " ✓";
        LocalTime at = line.confirmed().toLocalTime();
        return at.equals(line.time()) ? done : done + " " + Texts.time(at) + "确认";
    }

    private static String status(MovementLine line) {
        if (line.part()) return "部分人员";
        switch (line.status()) {
            case PLANNED:
                return "计划（未报）";
            case AS_PLANNED:
                return "按计划";
            case CHANGED:
                return "有变更";
            case UNPLANNED:
                return "计划外";
            case MOVED:
                return line.movedTo() == null ? "已改期" : "改至" + Texts.day(line.movedTo());
            default:
                throw new IllegalStateException("unknown status " + line.status());
        }
    }
}

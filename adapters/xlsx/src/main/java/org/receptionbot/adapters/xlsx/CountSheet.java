package org.receptionbot.adapters.xlsx;

import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;
import org.receptionbot.summary.Texts;

/**
 * The bus head counts of every day of the export, as the chat's {@code 车辆清点} shows them: each
 * bus's last count of the day, the route or delegation it is for, the people expected where known
 * and the gap, who reported it and when; a bus of the day's site-visit routes not counted yet as
 * 未清点 with whom to call, and a count to check noted.
 */
final class CountSheet {
    private final XSSFWorkbook book;
    private final Styles styles;
    private final ZoneId zone;

    CountSheet(XSSFWorkbook book, Styles styles, ZoneId zone) {
        this.book = book;
        this.styles = styles;
        this.zone = zone;
    }

    void write(List<ExportContent.Day> days) {
        Sheet sheet = book.createSheet("车辆清点");
        Styles.headers(sheet, 0, styles, "日期", "车号", "车牌", "线路/代表团", "实到", "应到", "差额", "报送人", "报送时间", "备注");
        int r = 1;
        for (ExportContent.Day day : days) {
            for (ExportContent.Count c : day.counts()) row(sheet.createRow(r++), day, c);
        }
        if (r == 1) Styles.text(sheet.createRow(r), 0, "暂无清点记录", null);
        Styles.widths(sheet, 9, 4, 7, 12, 4, 4, 5, 6, 5, 18);
        sheet.createFreezePane(0, 1);
    }

    private void row(Row row, ExportContent.Day day, ExportContent.Count c) {
        Styles.text(row, 0, Texts.day(day.date()), null);
        Styles.text(row, 1, c.vehicle().id() + "号车", null);
        Styles.text(row, 2, c.vehicle().plate(), null);
        Styles.text(row, 3, c.task(), null);
        if (c.counted() == null) Styles.text(row, 4, "未清点", styles.alert);
        else Styles.number(row, 4, c.counted(), null);
        Styles.number(row, 5, c.expected(), null);
        String gap = gap(c);
        Styles.text(row, 6, gap, gap == null || gap.equals("相符") ? null : styles.alert);
        Styles.text(row, 7, c.reporter(), null);
        if (c.at() != null) Styles.text(row, 8, Texts.time(c.at().atZone(zone).toLocalTime()), null);
        Styles.text(row, 9, c.note(), c.note() == null || c.counted() == null ? null : styles.alert);
    }

    /** "少3人", "多2人", "相符", or null when nothing is expected or nothing counted. */
    private static String gap(ExportContent.Count c) {
        if (c.expected() == null || c.counted() == null) return null;
        int diff = c.counted() - c.expected();
        if (diff == 0) return "相符";
        return (diff < 0 ? "少" + -diff : "多" + diff) + "人";
    }
}

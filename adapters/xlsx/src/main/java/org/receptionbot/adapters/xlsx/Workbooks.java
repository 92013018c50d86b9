package org.receptionbot.adapters.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;

/** Writes the export workbook of an {@link ExportContent}. */
public final class Workbooks {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");

    private Workbooks() {}

    /**
     * The workbook's bytes: one sheet per day named like {@code 11月22日} (delegations by venue, each meal's seated
     * diners and packed portions apart, then each venue's booked, capacity, actual and difference; a day with no
     * meals served says so), then {@code 抵离}, {@code 车辆清点} (bus
     * head counts), a sheet per site-visit route named like {@code 考察-北海线}, {@code 待处理问题}, and {@code 已办结问题}
     * (the issues resolved on the export's days).
     *
     * @param zone the event's time zone, for the times issues and head counts were reported
     */
    public static byte[] write(ExportContent content, ZoneId zone) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (ExportContent.Day day : content.days()) new MealSheet(book, styles).write(day);
            new MovementSheet(book, styles).write(content.days());
            new CountSheet(book, styles, zone).write(content.days());
            for (ExportContent.Day day : content.days())
                for (ExportContent.Route route : day.visits()) new VisitSheet(book, styles).write(route);
            new IssueSheet(book, styles, zone).write(content.issues());
            new ResolvedIssueSheet(book, styles, zone).write(content.resolved());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export workbook", e);
        }
    }

    /** 接待报表_20261122-20261124.xlsx */
    public static String fileName(ExportContent content) {
        String from = COMPACT.format(content.from());
        String to = COMPACT.format(content.to());
        return "接待报表_" + (from.equals(to) ? from : from + "-" + to) + ".xlsx";
    }
}

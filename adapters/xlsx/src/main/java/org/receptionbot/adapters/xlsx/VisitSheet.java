package org.receptionbot.adapters.xlsx;

import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Person;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.BusCount;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.RouteList;

/**
 * One site-visit route, as {@code /visits} shows it: its delegations' people against the plan, its
 * buses with their head counts, the totals against seats and counts, and the changes since the plan.
 */
final class VisitSheet {
    private final XSSFWorkbook book;
    private final Styles styles;

    VisitSheet(XSSFWorkbook book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    void write(ExportContent.Route route) {
        RouteList l = route.list();
        VisitRoute r = l.route();
        String name = "考察-" + r.name();
        Sheet sheet = book.createSheet(book.getSheet(name) == null ? name : name + " " + r.date());
        Styles.text(sheet.createRow(0), 0, title(r), styles.title);
        Styles.headers(sheet, 1, styles, "代表团", "计划", "现在");
        int i = 2;
        for (int d = 0; d < l.delegations().size(); d++) {
            DelegationLine line = l.delegations().get(d);
            if (line.people() == 0 && line.planned() == 0) continue;
            Row row = sheet.createRow(i++);
            Styles.text(row, 0, route.names().get(d), null);
            Styles.number(row, 1, line.planned(), null);
            Styles.number(row, 2, line.people(), line.changed() ? styles.alert : null);
        }
        Row total = sheet.createRow(i++);
        Styles.text(total, 0, "合计", styles.header);
        Styles.number(total, 1, l.plannedTotal(), null);
        Styles.number(total, 2, l.total(), l.overSeats() ? styles.alert : null);
        i = buses(sheet, l, i + 1);
        changes(sheet, route, i + 1);
        Styles.widths(sheet, 16, 5, 5, 10, 6, 4, 14, 5);
        sheet.createFreezePane(0, 2);
    }

    private int buses(Sheet sheet, RouteList l, int i) {
        Styles.headers(sheet, i++, styles, "车号", "车牌", "司机", "电话", "座位", "随车联络员", "实到");
        for (BusCount b : l.buses()) {
            Row row = sheet.createRow(i++);
            Styles.text(row, 0, b.vehicle().id() + "号车", null);
            Styles.text(row, 1, b.vehicle().plate(), null);
            Styles.text(row, 2, b.vehicle().driver(), null);
            Styles.text(row, 3, b.vehicle().driverPhone(), null);
            Styles.number(row, 4, b.vehicle().seats(), null);
            Styles.text(
                    row,
                    5,
                    b.vehicle().liaisons().stream().map(VisitSheet::person).collect(Collectors.joining("、")),
                    null);
            if (b.reported()) Styles.number(row, 6, b.counted(), null);
            else Styles.text(row, 6, "未清点", styles.assumed);
        }
        Row counted = sheet.createRow(i++);
        Styles.text(counted, 0, "座位 / 应到 / 实到", styles.header);
        Styles.number(counted, 1, l.seats(), l.overSeats() ? styles.alert : null);
        Styles.number(counted, 2, l.total(), null);
        Styles.number(counted, 3, l.counted(), l.missing() > 0 || l.extra() > 0 ? styles.alert : null);
        if (l.missing() > 0) Styles.text(counted, 4, "少" + l.missing() + "人", styles.alert);
        if (l.extra() > 0) Styles.text(counted, 4, "多" + l.extra() + "人", styles.alert);
        return i;
    }

    private void changes(Sheet sheet, ExportContent.Route route, int i) {
        Styles.headers(sheet, i++, styles, "计划后变更");
        if (route.changes().isEmpty()) Styles.text(sheet.createRow(i), 0, "无", null);
        for (String change : route.changes()) Styles.text(sheet.createRow(i++), 0, change, null);
    }

    private static String title(VisitRoute r) {
        String site = r.site() == null
                ? ""
                : " 接待单位：" + r.site().name()
                        + (r.site().contact() == null ? "" : " " + r.site().contact())
                        + (r.site().phone() == null ? "" : " " + r.site().phone());
        return r.name() + " " + Texts.day(r.date()) + Texts.time(r.depart()) + "出发，" + Texts.time(r.arrive()) + "到达"
                + site;
    }

    private static String person(Person p) {
        return p.phone() == null ? p.name() : p.name() + " " + p.phone();
    }
}

package org.receptionbot.adapters.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Venue;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VenueBoard;

/**
 * One day's meals: a row per delegation with its diners per meal (figures the delegation has not
 * confirmed in grey; an on-request meal it has not reported is named as counted from its last
 * report), then per venue the booked total, capacity, actual diners and difference.
 */
final class MealSheet {
    private final XSSFWorkbook book;
    private final Styles styles;

    MealSheet(XSSFWorkbook book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    void write(ExportContent.Day day) {
        Sheet sheet =
                book.createSheet(day.date().getMonthValue() + "月" + day.date().getDayOfMonth() + "日");
        List<MealBoard> boards = day.meals();
        Styles.text(sheet.createRow(0), 0, Texts.day(day.date()) + " 用餐人数", styles.title);
        String[] head = new String[boards.size() + 3];
        head[0] = "代表团";
        for (int m = 0; m < boards.size(); m++)
            head[m + 1] = boards.get(m).meal().label();
        head[boards.size() + 1] = "未报餐次";
        head[boards.size() + 2] = "截止后变更";
        Styles.headers(sheet, 1, styles, head);
        int next = delegations(sheet, 2, boards);
        venues(sheet, next + 1, boards);
        int[] widths = new int[boards.size() + 3];
        java.util.Arrays.fill(widths, 6);
        widths[0] = 12;
        widths[boards.size() + 1] = 10;
        Styles.widths(sheet, widths);
        sheet.createFreezePane(1, 2);
    }

    private int delegations(Sheet sheet, int first, List<MealBoard> boards) {
        Map<String, Delegation> order = new LinkedHashMap<>();
        List<Map<String, DinerCount>> counts = new ArrayList<>();
        for (MealBoard board : boards) {
            Map<String, DinerCount> byId = new LinkedHashMap<>();
            for (VenueBoard v : board.venues()) {
                for (DelegationDiners d : v.delegations()) {
                    order.putIfAbsent(d.delegation().id(), d.delegation());
                    byId.put(d.delegation().id(), d.count());
                }
            }
            counts.add(byId);
        }
        int r = first;
        for (Delegation d : order.values()) {
            Row row = sheet.createRow(r++);
            Styles.text(row, 0, d.name(), null);
            List<String> missing = new ArrayList<>();
            int late = 0;
            for (int m = 0; m < boards.size(); m++) {
                DinerCount count = counts.get(m).get(d.id());
                if (count == null) continue;
                Styles.number(row, m + 1, count.diners(), count.reported() ? null : styles.assumed);
                if (boards.get(m).notReported().stream().anyMatch(x -> x.id().equals(d.id()))) {
                    Meal meal = boards.get(m).meal();
                    missing.add(meal.label() + (meal.onRequest() ? "（按上次所报计）" : ""));
                }
                late += count.lateChanges();
            }
            Styles.text(row, boards.size() + 1, String.join("、", missing), null);
            if (late > 0) Styles.number(row, boards.size() + 2, late, styles.alert);
        }
        return r;
    }

    private void venues(Sheet sheet, int first, List<MealBoard> boards) {
        String[] head = new String[boards.size() + 2];
        head[0] = "餐厅";
        head[1] = "项目";
        for (int m = 0; m < boards.size(); m++)
            head[m + 2] = boards.get(m).meal().label();
        Styles.headers(sheet, first, styles, head);
        Map<String, Venue> venues = new LinkedHashMap<>();
        for (MealBoard board : boards)
            for (VenueBoard v : board.venues()) venues.putIfAbsent(v.venue().id(), v.venue());
        int r = first + 1;
        for (Venue venue : venues.values()) {
            Row booked = label(sheet.createRow(r++), venue.name(), "预订");
            Row capacity = label(sheet.createRow(r++), venue.name(), "容量");
            Row actual = label(sheet.createRow(r++), venue.name(), "实到");
            Row difference = label(sheet.createRow(r++), venue.name(), "差额");
            for (int m = 0; m < boards.size(); m++) {
                VenueBoard v = find(boards.get(m), venue.id());
                if (v == null) continue;
                Styles.number(booked, m + 2, v.booked(), v.overCapacity() ? styles.alert : null);
                Styles.number(capacity, m + 2, venue.capacity(), null);
                Styles.number(actual, m + 2, v.actual(), null);
                Styles.number(difference, m + 2, v.difference(), v.differenceFlagged() ? styles.alert : null);
            }
        }
        Row total = label(sheet.createRow(r), "合计", "预订");
        for (int m = 0; m < boards.size(); m++)
            Styles.number(total, m + 2, boards.get(m).total(), styles.header);
    }

    private static Row label(Row row, String venue, String item) {
        Styles.text(row, 0, venue, null);
        Styles.text(row, 1, item, null);
        return row;
    }

    private static VenueBoard find(MealBoard board, String venueId) {
        for (VenueBoard v : board.venues()) if (v.venue().id().equals(venueId)) return v;
        return null;
    }
}

package org.receptionbot.adapters.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.receptionbot.command.ExportContent;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VenueBoard;

/**
 * One day's meals, as the meal boards count them: the delegations grouped by venue, each with its seated diners and
 * packed portions per meal, apart (figures the delegation has not confirmed in grey; an on-request meal it has not
 * reported is named as counted from its last report), each venue's group closed by its 小计 row; then per venue the
 * booked seated diners and packed portions, capacity, actual diners and difference ({@link VenueRows}). Seated and
 * packed are the board's own ({@link DelegationDiners#seated}, {@link DelegationDiners#packed}), so each venue's rows
 * sum to its figures and the venues to the day's total, as 查看午餐 shows them. A day with no meals served (a day
 * before the event's first day, when teams arrive) says so instead of a table.
 */
final class MealSheet {
    /** Columns before the meals' pairs of columns. */
    static final int LEAD = 1;

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
        if (boards.isEmpty()) {
            Styles.text(sheet.createRow(1), 0, Texts.day(day.date()) + "不在活动日期内，不安排用餐；当日抵离见“抵离”表，车辆清点见“车辆清点”表。", null);
            return;
        }
        int after = LEAD + 2 * boards.size();
        header(sheet, styles, 1, boards, "代表团");
        Styles.text(sheet.getRow(1), after, "未报餐次", styles.header);
        Styles.text(sheet.getRow(1), after + 1, "截止后变更", styles.header);
        Styles.text(sheet.getRow(2), after, "", styles.header);
        Styles.text(sheet.getRow(2), after + 1, "", styles.header);
        int next = delegations(sheet, 3, boards);
        new VenueRows(sheet, styles).write(next + 1, boards);
        int[] widths = new int[after + 2];
        Arrays.fill(widths, 5);
        widths[0] = 14;
        widths[after] = 10;
        Styles.widths(sheet, widths);
        sheet.createFreezePane(LEAD, 3);
    }

    /**
     * Two header rows at {@code first}: the leading labels, each meal's label over its two columns, then 堂食 and 打包
     * under it; the meals start after the leading labels.
     */
    static void header(Sheet sheet, Styles styles, int first, List<MealBoard> boards, String... leads) {
        Row top = sheet.createRow(first);
        Row sub = sheet.createRow(first + 1);
        for (int c = 0; c < leads.length; c++) {
            Styles.text(top, c, leads[c], styles.header);
            Styles.text(sub, c, "", styles.header);
        }
        for (int m = 0; m < boards.size(); m++) {
            int at = leads.length + 2 * m;
            Styles.text(top, at, boards.get(m).meal().label(), styles.header);
            Styles.text(top, at + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(first, first, at, at + 1));
            Styles.text(sub, at, "堂食", styles.header);
            Styles.text(sub, at + 1, "打包", styles.header);
        }
    }

    /** The delegations by venue, each venue's closed by its 小计; returns the next free row. */
    private int delegations(Sheet sheet, int first, List<MealBoard> boards) {
        Map<String, List<Delegation>> byVenue = new LinkedHashMap<>();
        Map<String, String> venueNames = new LinkedHashMap<>();
        for (MealBoard board : boards)
            for (VenueBoard v : board.venues()) {
                venueNames.putIfAbsent(v.venue().id(), v.venue().name());
                List<Delegation> members = byVenue.computeIfAbsent(v.venue().id(), k -> new ArrayList<>());
                for (DelegationDiners d : v.delegations())
                    if (members.stream()
                            .noneMatch(x -> x.id().equals(d.delegation().id()))) members.add(d.delegation());
            }
        int r = first;
        for (Map.Entry<String, List<Delegation>> venue : byVenue.entrySet()) {
            if (venue.getValue().isEmpty()) continue;
            for (Delegation d : venue.getValue()) delegation(sheet.createRow(r++), d, venue.getKey(), boards);
            subtotal(sheet.createRow(r++), venueNames.get(venue.getKey()), venue.getKey(), boards);
        }
        return r;
    }

    private void delegation(Row row, Delegation d, String venue, List<MealBoard> boards) {
        Styles.text(row, 0, d.name(), null);
        List<String> missing = new ArrayList<>();
        int late = 0;
        for (int m = 0; m < boards.size(); m++) {
            DelegationDiners line = line(boards.get(m), venue, d.id());
            if (line == null) continue;
            int at = LEAD + 2 * m;
            Styles.number(row, at, line.seated(), line.count().reported() ? null : styles.assumed);
            // the portions packed, beside the seated; no packing leaves the cell empty
            if (line.packed() > 0) Styles.number(row, at + 1, line.packed(), null);
            if (boards.get(m).notReported().stream().anyMatch(x -> x.id().equals(d.id()))) {
                Meal meal = boards.get(m).meal();
                missing.add(meal.label() + (meal.onRequest() ? "（按上次所报计）" : ""));
            }
            late += line.count().lateChanges();
        }
        int after = LEAD + 2 * boards.size();
        Styles.text(row, after, String.join("、", missing), null);
        if (late > 0) Styles.number(row, after + 1, late, styles.alert);
    }

    /** "九院宾馆自助餐厅 小计": the venue's seated and packed per meal, the sums of the rows above. */
    private void subtotal(Row row, String name, String venue, List<MealBoard> boards) {
        Styles.text(row, 0, name + " 小计", styles.header);
        for (int m = 0; m < boards.size(); m++) {
            VenueBoard v = VenueRows.find(boards.get(m), venue);
            if (v == null) continue;
            Styles.number(row, LEAD + 2 * m, v.booked(), styles.header);
            Styles.number(row, LEAD + 2 * m + 1, v.packed(), styles.header);
        }
    }

    private static DelegationDiners line(MealBoard board, String venue, String delegation) {
        VenueBoard v = VenueRows.find(board, venue);
        if (v == null) return null;
        for (DelegationDiners d : v.delegations()) if (d.delegation().id().equals(delegation)) return d;
        return null;
    }
}

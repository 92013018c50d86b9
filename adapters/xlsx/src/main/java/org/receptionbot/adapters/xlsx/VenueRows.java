package org.receptionbot.adapters.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.receptionbot.event.Venue;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.VenueBoard;

/**
 * The venues' rows under a day's delegations, for the caterer: per venue and meal the booked seated diners and the
 * packed portions (预订: 堂食, 打包), the capacity, the actual diners and their difference from the seated booking, over
 * capacity and large differences in red; then the day's total, seated and packed, as the meal board's 合计 says it.
 */
final class VenueRows {
    /** Columns before the meals' pairs of columns: 餐厅, 项目. */
    static final int LEAD = 2;

    private final Sheet sheet;
    private final Styles styles;

    VenueRows(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(int first, List<MealBoard> boards) {
        MealSheet.header(sheet, styles, first, boards, "餐厅", "项目");
        Map<String, Venue> venues = new LinkedHashMap<>();
        for (MealBoard board : boards)
            for (VenueBoard v : board.venues()) venues.putIfAbsent(v.venue().id(), v.venue());
        int r = first + 2;
        for (Venue venue : venues.values()) {
            Row booked = label(sheet.createRow(r++), venue.name(), "预订");
            Row capacity = label(sheet.createRow(r++), venue.name(), "容量");
            Row actual = label(sheet.createRow(r++), venue.name(), "实到");
            Row difference = label(sheet.createRow(r++), venue.name(), "差额");
            for (int m = 0; m < boards.size(); m++) {
                VenueBoard v = find(boards.get(m), venue.id());
                if (v == null) continue;
                int at = LEAD + 2 * m;
                Styles.number(booked, at, v.booked(), v.overCapacity() ? styles.alert : null);
                Styles.number(booked, at + 1, v.packed(), null);
                Styles.number(capacity, at, venue.capacity(), null);
                Styles.number(actual, at, v.actual(), null);
                Styles.number(difference, at, v.difference(), v.differenceFlagged() ? styles.alert : null);
            }
        }
        Row total = label(sheet.createRow(r), "合计", "预订");
        for (int m = 0; m < boards.size(); m++) {
            Styles.number(total, LEAD + 2 * m, boards.get(m).total(), styles.header);
            Styles.number(total, LEAD + 2 * m + 1, boards.get(m).packed(), styles.header);
        }
    }

    /** The venue's part of {@code board}, or null when the board has none for it. */
    static VenueBoard find(MealBoard board, String venueId) {
        for (VenueBoard v : board.venues()) if (v.venue().id().equals(venueId)) return v;
        return null;
    }

    private static Row label(Row row, String venue, String item) {
        Styles.text(row, 0, venue, null);
        Styles.text(row, 1, item, null);
        return row;
    }
}

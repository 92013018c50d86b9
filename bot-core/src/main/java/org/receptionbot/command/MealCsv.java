package org.receptionbot.command;

import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.VenueBoard;

/**
 * The meals of an export as CSV: one row per date, meal, venue and delegation, with venue totals; the seated diners
 * and the packed portions apart, as the meal boards count them (a venue's 合计 is the sum of its rows).
 */
public final class MealCsv {

    private MealCsv() {}

    public static String write(ExportContent content) {
        StringBuilder s = new StringBuilder("日期,餐次,餐厅,代表团,堂食人数,已报餐,截止后变更,打包份数\n");
        for (ExportContent.Day day : content.days()) {
            for (MealBoard board : day.meals()) {
                for (VenueBoard v : board.venues()) venue(s, board, v);
            }
        }
        return s.toString();
    }

    private static void venue(StringBuilder s, MealBoard board, VenueBoard v) {
        String prefix = board.date() + "," + board.meal().label() + ","
                + quote(v.venue().name()) + ",";
        for (DelegationDiners d : v.delegations()) {
            s.append(prefix).append(quote(d.delegation().name())).append(',').append(d.seated());
            s.append(',')
                    .append(d.count().reported() ? "是" : "否")
                    .append(',')
                    .append(d.count().lateChanges())
                    .append(',')
                    .append(d.packed())
                    .append('\n');
        }
        s.append(prefix)
                .append("合计,")
                .append(v.booked())
                .append(",,,")
                .append(v.packed())
                .append('\n');
        if (v.actual() != null)
            s.append(prefix).append("实到,").append(v.actual()).append(",,,\n");
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

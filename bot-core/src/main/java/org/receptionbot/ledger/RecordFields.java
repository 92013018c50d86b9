package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A record as flat text fields named as in the records contract ({@code type}, {@code delegation},
 * {@code date} …), absent when null: what a store writes (a Redis hash, a JSON object) and reads
 * back with {@link #read}.
 */
public final class RecordFields {

    private RecordFields() {}

    public static Map<String, String> write(Record r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", r.type());
        put(f, "delegation", r.delegation());
        if (r instanceof MealCount m) meal(f, m.date(), m.meal(), m.count());
        if (r instanceof MealCancel m) meal(f, m.date(), m.meal(), m.count());
        if (r instanceof MealAdd m) meal(f, m.date(), m.meal(), m.count());
        if (r instanceof Movement m) movement(f, m);
        if (r instanceof Headcount h) {
            put(f, "vehicle", h.vehicle());
            put(f, "count", h.count());
        }
        if (r instanceof Issue i) {
            put(f, "category", i.category().name());
            put(f, "text", i.text());
        }
        if (r instanceof Visit v) {
            put(f, "route", v.route());
            put(f, "count", v.count());
        }
        if (r instanceof VisitChange c) {
            put(f, "count", c.count());
            put(f, "from", c.from());
            put(f, "to", c.to());
        }
        return f;
    }

    /**
     * The record written by {@link #write}; an unknown type is a bug and throws. Drafts of a
     * {@link org.receptionbot.message.Gap} read back too (a missing date stays null, a missing
     * int count is 0).
     */
    public static Record read(Map<String, String> f) {
        String d = f.get("delegation");
        return switch (f.get("type")) {
            case "MEAL_COUNT" -> new MealCount(d, date(f), f.get("meal"), count(f));
            case "MEAL_CANCEL" -> new MealCancel(d, date(f), f.get("meal"), count(f));
            case "MEAL_ADD" -> new MealAdd(d, date(f), f.get("meal"), number(f));
            case "ARRIVAL" -> new Arrival(d, date(f), time(f), count(f), f.get("transport"));
            case "DEPARTURE" -> new Departure(d, date(f), time(f), count(f), f.get("transport"));
            case "HEADCOUNT" -> new Headcount(f.get("vehicle"), number(f), d);
            case "ISSUE" -> new Issue(IssueCategory.valueOf(f.get("category")), d, f.get("text"));
            case "VISIT" -> new Visit(d, f.get("route"), count(f));
            case "VISIT_CHANGE" -> new VisitChange(d, count(f), f.get("from"), f.get("to"));
            default -> throw new IllegalArgumentException("unknown record type: " + f.get("type"));
        };
    }

    private static void meal(Map<String, String> f, LocalDate date, String meal, Integer count) {
        put(f, "date", date);
        put(f, "meal", meal);
        put(f, "count", count);
    }

    private static void movement(Map<String, String> f, Movement m) {
        put(f, "date", m.date());
        put(f, "time", m.time());
        put(f, "count", m.count());
        put(f, "transport", m.transport());
    }

    private static void put(Map<String, String> f, String key, Object value) {
        if (value != null) f.put(key, value.toString());
    }

    private static LocalDate date(Map<String, String> f) {
        return f.containsKey("date") ? LocalDate.parse(f.get("date")) : null;
    }

    /** An int count; a draft (a record with a gap) may lack it, then 0 stands in. */
    private static int number(Map<String, String> f) {
        return f.containsKey("count") ? Integer.parseInt(f.get("count")) : 0;
    }

    private static LocalTime time(Map<String, String> f) {
        return f.containsKey("time") ? LocalTime.parse(f.get("time")) : null;
    }

    private static Integer count(Map<String, String> f) {
        return f.containsKey("count") ? Integer.valueOf(f.get("count")) : null;
    }
}

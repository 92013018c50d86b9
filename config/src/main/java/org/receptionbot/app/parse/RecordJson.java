package org.receptionbot.app.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** Records as JSON objects of the records contract: {@code type} and the contract's fields, nulls included. */
final class RecordJson {
    /** The fields compared for each type, in the contract's order. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "MEAL_COUNT", List.of("delegation", "date", "meal", "count"),
            "MEAL_CANCEL", List.of("delegation", "date", "meal", "count"),
            "MEAL_ADD", List.of("delegation", "date", "meal", "count"),
            "ARRIVAL", List.of("delegation", "date", "time", "count", "transport"),
            "DEPARTURE", List.of("delegation", "date", "time", "count", "transport"),
            "HEADCOUNT", List.of("vehicle", "count", "delegation"),
            "ISSUE", List.of("category", "delegation"),
            "VISIT", List.of("delegation", "route", "count"),
            "VISIT_CHANGE", List.of("delegation", "count", "from", "to"));

    private RecordJson() {}

    static void write(Record r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", r.type());
        if (r instanceof MealCount m) meal(g, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof MealCancel m) meal(g, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof MealAdd m) meal(g, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof Movement m) movement(g, m);
        else if (r instanceof Headcount h) {
            g.writeStringProperty("vehicle", h.vehicle());
            g.writeNumberProperty("count", h.count());
            g.writeStringProperty("delegation", h.delegation());
        } else if (r instanceof Issue i) {
            g.writeStringProperty("category", i.category().name());
            g.writeStringProperty("delegation", i.delegation());
        } else if (r instanceof Visit v) {
            g.writeStringProperty("delegation", v.delegation());
            g.writeStringProperty("route", v.route());
            count(g, v.count());
        } else if (r instanceof VisitChange c) {
            g.writeStringProperty("delegation", c.delegation());
            count(g, c.count());
            g.writeStringProperty("from", c.from());
            g.writeStringProperty("to", c.to());
        }
        g.writeEndObject();
    }

    /** The comparable key of a record object: its type and contract fields, as text. */
    static List<String> key(JsonNode record) {
        String type = text(record.get("type"));
        List<String> key = new ArrayList<>();
        key.add(type);
        for (String f : FIELDS.getOrDefault(type, List.of())) key.add(text(record.get(f)));
        return key;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isNumber() ? n.numberValue().toString() : n.asString();
    }

    private static void meal(JsonGenerator g, String delegation, LocalDate date, String meal, Integer count) {
        g.writeStringProperty("delegation", delegation);
        g.writeStringProperty("date", date == null ? null : date.toString());
        g.writeStringProperty("meal", meal);
        count(g, count);
    }

    private static void movement(JsonGenerator g, Movement m) {
        g.writeStringProperty("delegation", m.delegation());
        g.writeStringProperty("date", m.date() == null ? null : m.date().toString());
        g.writeStringProperty("time", m.time() == null ? null : m.time().toString());
        count(g, m.count());
        g.writeStringProperty("transport", m.transport());
    }

    private static void count(JsonGenerator g, Integer count) {
        if (count == null) g.writeNullProperty("count");
        else g.writeNumberProperty("count", count);
    }
}

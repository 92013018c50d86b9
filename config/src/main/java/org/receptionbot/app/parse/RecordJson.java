package org.receptionbot.app.parse;

import java.util.List;
import java.util.Map;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
            "ISSUE", List.of("category", "delegation"));

    private RecordJson() {}

    static ObjectNode write(Record r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", r.type());
        if (r instanceof MealCount m) meal(o, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof MealCancel m) meal(o, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof MealAdd m) meal(o, m.delegation(), m.date(), m.meal(), m.count());
        else if (r instanceof Arrival a) movement(o, a);
        else if (r instanceof Departure d) movement(o, d);
        else if (r instanceof Headcount h) {
            o.put("vehicle", h.vehicle());
            o.put("count", h.count());
            o.put("delegation", h.delegation());
        } else if (r instanceof Issue i) {
            o.put("category", i.category().name());
            o.put("delegation", i.delegation());
        }
        return o;
    }

    /** The comparable key of a record object: its type and contract fields, as text. */
    static List<String> key(JsonNode record) {
        String type = text(record.get("type"));
        List<String> key = new java.util.ArrayList<>();
        key.add(type);
        for (String f : FIELDS.getOrDefault(type, List.of())) key.add(text(record.get(f)));
        return key;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isNumber() ? n.numberValue().toString() : n.asString();
    }

    private static void meal(ObjectNode o, String delegation, java.time.LocalDate date, String meal, Integer count) {
        o.put("delegation", delegation);
        o.put("date", date == null ? null : date.toString());
        o.put("meal", meal);
        o.put("count", count);
    }

    private static void movement(ObjectNode o, Movement m) {
        o.put("delegation", m.delegation());
        o.put("date", m.date() == null ? null : m.date().toString());
        o.put("time", m.time() == null ? null : m.time().toString());
        o.put("count", m.count());
        o.put("transport", m.transport());
    }
}

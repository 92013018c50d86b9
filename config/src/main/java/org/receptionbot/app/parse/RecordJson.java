package org.receptionbot.app.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.record.Record;
import org.receptionbot.record.RecordCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Records as JSON objects of the records contract: {@code type} and the fields the contract
 * compares, nulls included, named and ordered by {@link RecordCodec}.
 */
final class RecordJson {

    private RecordJson() {}

    static void write(Record r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", r.type());
        Map<String, Object> fields = RecordCodec.fields(r);
        for (String name : RecordCodec.kind(r.type()).compared()) {
            Object value = fields.get(name);
            if (value == null) g.writeNullProperty(name);
            else if (value instanceof Integer n) g.writeNumberProperty(name, n);
            else g.writeStringProperty(name, value.toString());
        }
        g.writeEndObject();
    }

    /** The comparable key of a record object: its type and contract fields, as text. */
    static List<String> key(JsonNode record) {
        String type = text(record.get("type"));
        List<String> key = new ArrayList<>();
        key.add(type);
        for (String f : compared(type)) key.add(text(record.get(f)));
        return key;
    }

    private static List<String> compared(String type) {
        for (RecordCodec.Kind k : RecordCodec.Kind.values()) if (k.name().equals(type)) return k.compared();
        return List.of();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isNumber() ? n.numberValue().toString() : n.asString();
    }
}

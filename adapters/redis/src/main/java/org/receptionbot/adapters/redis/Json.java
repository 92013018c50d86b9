package org.receptionbot.adapters.redis;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Values in Redis as JSON text: flat field maps (the core's {@code RecordFields}, {@code EntryFields}) and trees of them. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, String> fields(String json) {
        return MAPPER.readValue(json, FIELDS);
    }

    static Map<String, Object> tree(String json) {
        return MAPPER.readValue(json, TREE);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldsOf(Object node) {
        return (Map<String, String>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> listOf(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}

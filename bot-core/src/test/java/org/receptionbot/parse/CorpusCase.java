package org.receptionbot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.record.Record;
import org.receptionbot.record.RecordCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case of a parser corpus (the JSON lines of {@code shared/corpus/dev.jsonl}); {@code ask} marks a
 * line where the bot should ask (a definite report with a vague figure, an unknown vehicle);
 * {@code conference} a case written against the reference conference ({@code conference.yml}) instead
 * of the reference sports games.
 */
record CorpusCase(
        String id, Instant now, String sender, String text, List<String> expected, boolean ask, boolean conference) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return id + " " + text.replace("\n", "⏎");
    }

    static List<CorpusCase> load(String resource) {
        return read(CorpusCase.class.getResourceAsStream(resource), false);
    }

    /** A corpus written against the reference conference. */
    static List<CorpusCase> loadConference(String resource) {
        return read(CorpusCase.class.getResourceAsStream(resource), true);
    }

    static List<CorpusCase> read(InputStream in) {
        return read(in, false);
    }

    private static List<CorpusCase> read(InputStream in, boolean conference) {
        List<CorpusCase> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                List<String> expected = new ArrayList<>();
                for (JsonNode e : n.get("expect")) expected.add(key(e));
                expected.sort(null);
                JsonNode sender = n.get("sender");
                cases.add(new CorpusCase(
                        n.get("id").asString(),
                        OffsetDateTime.parse(n.get("now").asString()).toInstant(),
                        sender == null || sender.isNull() ? null : sender.asString(),
                        n.get("text").asString(),
                        expected,
                        n.has("ask") && n.get("ask").asBoolean(),
                        conference));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The compared fields of a record in the contract, as one line. */
    static String key(Record r) {
        Map<String, Object> fields = RecordCodec.fields(r);
        List<Object> parts = new ArrayList<>(List.of(r.type()));
        for (String name : RecordCodec.kind(r.type()).compared()) parts.add(fields.get(name));
        return join(parts.toArray());
    }

    static List<String> keys(List<Record> records) {
        List<String> keys = new ArrayList<>();
        for (Record r : records) keys.add(key(r));
        keys.sort(null);
        return keys;
    }

    private static String key(JsonNode e) {
        String type = e.get("type").asString();
        List<Object> parts = new ArrayList<>(List.of(type));
        for (String name : RecordCodec.kind(type).compared()) parts.add(f(e, name));
        return join(parts.toArray());
    }

    private static String f(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String join(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) b.append(p == null ? "null" : p.toString()).append('|');
        return b.toString();
    }
}

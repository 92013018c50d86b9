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
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
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
        if (r instanceof MealRecord m) {
            Integer count = r instanceof org.receptionbot.record.MealCancel c ? c.count() : countOf(r);
            return join(r.type(), m.delegation(), m.date(), m.meal(), count);
        }
        if (r instanceof Movement m)
            return join(r.type(), m.delegation(), m.date(), m.time(), m.count(), m.transport());
        if (r instanceof Headcount h) return join(r.type(), h.vehicle(), h.count(), h.delegation());
        if (r instanceof Visit v) return join(r.type(), v.delegation(), v.route(), v.count());
        if (r instanceof VisitChange v) return join(r.type(), v.delegation(), v.count(), v.from(), v.to());
        Issue i = (Issue) r;
        return join(r.type(), i.category(), i.delegation());
    }

    static List<String> keys(List<Record> records) {
        List<String> keys = new ArrayList<>();
        for (Record r : records) keys.add(key(r));
        keys.sort(null);
        return keys;
    }

    private static Integer countOf(Record r) {
        if (r instanceof org.receptionbot.record.MealCount c) return c.count();
        return ((org.receptionbot.record.MealAdd) r).count();
    }

    private static String key(JsonNode e) {
        String type = e.get("type").asString();
        return switch (type) {
            case "MEAL_COUNT", "MEAL_CANCEL", "MEAL_ADD" ->
                join(type, f(e, "delegation"), f(e, "date"), f(e, "meal"), f(e, "count"));
            case "ARRIVAL", "DEPARTURE" ->
                join(type, f(e, "delegation"), f(e, "date"), f(e, "time"), f(e, "count"), f(e, "transport"));
            case "HEADCOUNT" -> join(type, f(e, "vehicle"), f(e, "count"), f(e, "delegation"));
            case "VISIT" -> join(type, f(e, "delegation"), f(e, "route"), f(e, "count"));
            case "VISIT_CHANGE" -> join(type, f(e, "delegation"), f(e, "count"), f(e, "from"), f(e, "to"));
            default -> join(type, f(e, "category"), f(e, "delegation"));
        };
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

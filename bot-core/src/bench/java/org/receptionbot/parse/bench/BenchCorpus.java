package org.receptionbot.parse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The messages of the parser corpora (dev and the project's own), with the dates and times they should give. */
final class BenchCorpus {

    /** A date, and a clock time when one is expected. */
    record When(LocalDate date, LocalTime time) {}

    record Message(String text, Instant now, OffsetDateTime sent, String sender, Set<When> expected) {}

    private BenchCorpus() {}

    static List<Message> load() {
        List<Message> all = new ArrayList<>();
        for (String r : List.of("/parse/dev.jsonl", "/parse/own.jsonl")) all.addAll(load(r));
        return all;
    }

    private static List<Message> load(String resource) {
        JsonMapper json = JsonMapper.builder().build();
        List<Message> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(BenchCorpus.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                Set<When> expected = new LinkedHashSet<>();
                for (JsonNode e : n.get("expect")) {
                    if (e.hasNonNull("date")) {
                        LocalTime time = e.hasNonNull("time") ? LocalTime.parse(e.get("time").asString()) : null;
                        expected.add(new When(LocalDate.parse(e.get("date").asString()), time));
                    }
                }
                OffsetDateTime sent = OffsetDateTime.parse(n.get("now").asString());
                JsonNode sender = n.get("sender");
                out.add(new Message(
                        n.get("text").asString(),
                        sent.toInstant(),
                        sent,
                        sender == null || sender.isNull() ? null : sender.asString(),
                        expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

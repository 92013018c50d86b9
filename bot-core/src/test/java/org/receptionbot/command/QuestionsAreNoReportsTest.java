package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse corpora's reports (every line that gives a record or a question to ask) are never
 * read as a meal or vehicle question: they reach the parser.
 */
class QuestionsAreNoReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CORPORA = Stream.concat(
                    Stream.of("dev", "dev-v2", "own", "heldout", "own-trial2", "blind-2026-11-30-known-failures"),
                    "abcdefghijklmnop".chars().mapToObj(c -> "blind-2026-11-30" + (char) c))
            .toList();
    private static final List<String> VISIT_CORPORA = Stream.concat(
                    Stream.of(
                            "visits-dev",
                            "visits-own",
                            "visits-blind-2026-11-30",
                            "visits-blind-2026-11-30-known-failures"),
                    "bcdefghijkl".chars().mapToObj(c -> "visits-blind-2026-11-30" + (char) c))
            .toList();

    @Test
    void noReportOfTheCorporaIsReadAsAQuestion() {
        List<String> taken = new ArrayList<>();
        int reports = read(new CommandParser(TestEvents.reference()), CORPORA, taken)
                + read(new CommandParser(TestEvents.conference()), VISIT_CORPORA, taken);
        assertThat(reports).isGreaterThan(1000);
        assertThat(taken).isEmpty();
    }

    private static int read(CommandParser parser, List<String> corpora, List<String> taken) {
        int reports = 0;
        for (String corpus : corpora) {
            for (JsonNode line : lines("/parse/" + corpus + ".jsonl")) {
                if (line.get("expect").isEmpty() && !line.path("ask").asBoolean(false)) continue;
                reports++;
                String text = line.get("text").asString();
                LocalDate today =
                        OffsetDateTime.parse(line.get("now").asString()).toLocalDate();
                Command c = parser.parse(text, today).orElse(null);
                if (c instanceof Command.MealQuestion || c instanceof Command.VehicleOf) taken.add(text + " → " + c);
            }
        }
        return reports;
    }

    private static List<JsonNode> lines(String resource) {
        var in = QuestionsAreNoReportsTest.class.getResourceAsStream(resource);
        if (in == null) return List.of();
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) if (!l.isBlank()) nodes.add(JSON.readTree(l));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }
}

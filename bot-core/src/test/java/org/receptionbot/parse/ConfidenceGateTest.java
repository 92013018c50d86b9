package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConfidenceGateTest {
    private static final String FIXTURE = "/parse/confidence-gate-fixture.jsonl";

    /** The fixture's records, features and probabilities are what gate_weights.py computed in Python. */
    @Test
    void computesTheFeaturesAndProbabilitiesPythonComputes() throws IOException {
        Map<String, List<String>> sports = ConfidenceGate.names(TestEvents.reference());
        Map<String, List<String>> visits = ConfidenceGate.names(TestEvents.conference());
        int lines = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(getClass().getResourceAsStream(FIXTURE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = JsonMapper.builder().build().readTree(line);
                List<Map<String, Object>> records = new ArrayList<>();
                for (JsonNode rec : n.get("records")) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (var e : rec.properties())
                        m.put(
                                e.getKey(),
                                e.getValue().isNull()
                                        ? null
                                        : e.getValue().isInt()
                                                ? (Object) e.getValue().intValue()
                                                : e.getValue().asString());
                    records.add(m);
                }
                List<String> asks = new ArrayList<>();
                for (JsonNode a : n.get("ask")) asks.add(a.asString());
                JsonNode sender = n.get("sender");
                var features = GateFeatures.of(
                        n.get("text").asString(),
                        sender.isNull() ? null : sender.asString(),
                        n.get("now").asString().substring(0, 10),
                        records,
                        n.get("index").asInt(),
                        asks,
                        n.get("kind").asString().equals("v") ? visits : sports);
                List<String> expected = new ArrayList<>();
                for (JsonNode f : n.get("features")) expected.add(f.asString());
                assertThat(features).as(n.get("id").asString()).isEqualTo(new TreeSet<>(expected));
                assertThat(ConfidenceGate.shipped().probability(features))
                        .as(n.get("id").asString())
                        .isCloseTo(n.get("p").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    @Test
    void withholdsOnlyTheRecordItFindsLikelyWrongAndAsksAboutTheMessage() {
        ConfidenceGate gate = new ConfidenceGate(Map.of("type=ISSUE", 3.0, "bias", -2.0), 0.65);
        MealCount meal = new MealCount("sichuan", LocalDate.of(2026, 11, 28), "LUNCH", 30);
        Issue issue = new Issue(IssueCategory.MEAL, "sichuan", "清真的还是单独一桌");
        String text = "四川中午30人 清真的还是单独一桌 ";
        ParseOutcome checked =
                gate.check(new ParseOutcome.Understood(List.of(meal, issue)), text, "sichuan", "2026-11-28", Map.of());
        assertThat(checked.records()).containsExactly(meal);
        assertThat(((ParseOutcome.Incomplete) checked).gaps())
                .containsExactly(new Gap(Gap.Field.UNCLEAR, null, text.strip()));
    }

    @Test
    void leavesAnOutcomeItFindsLikelyRightAsItIs() {
        ConfidenceGate gate = new ConfidenceGate(Map.of("bias", -2.0), 0.65);
        ParseOutcome read =
                new ParseOutcome.Understood(List.of(new MealCount("sichuan", LocalDate.of(2026, 11, 28), "LUNCH", 30)));
        assertThat(gate.check(read, "四川中午30人", "sichuan", "2026-11-28", Map.of()))
                .isSameAs(read);
    }
}

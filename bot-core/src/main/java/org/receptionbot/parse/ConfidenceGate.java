package org.receptionbot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.RecordCodec;

/**
 * The learnt confidence gate: a logistic regression over {@link GateFeatures}, learnt on the parser's
 * first-pass records of the blind rounds (right or wrong by the contract's key), weighs each record the
 * parser gives; a record it finds likely wrong is withheld and the message asked about
 * ({@link Gap.Field#UNCLEAR}), the other records kept. Weights and threshold come from
 * {@value #RESOURCE}, written by {@code bot-core/src/bench/python/gate_weights.py} (the README: "A learnt
 * confidence gate"). Not switched on: {@link MessageParser} does not call it, because on the shipped parser
 * it withholds right records on 181 corpus lines read exactly (the README gives the trial).
 */
final class ConfidenceGate {
    static final String RESOURCE = "confidence-gate.txt";

    private final Map<String, Double> weights;
    private final double threshold;

    ConfidenceGate(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The gate of the shipped weights, read once. */
    static ConfidenceGate shipped() {
        return Shipped.GATE;
    }

    /** Each delegation's id and the words it is named by, as the gate's features look for them. */
    static Map<String, List<String>> names(Event event) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Delegation d : event.delegations()) names.put(d.id(), d.words());
        return names;
    }

    /** P(wrong) of a record with these features. */
    double probability(Set<String> features) {
        double z = 0;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** {@code outcome} with the records the gate finds likely wrong withheld; unchanged when there are none. */
    ParseOutcome check(
            ParseOutcome outcome, String text, String sender, String today, Map<String, List<String>> names) {
        List<Record> given = outcome.contractRecords();
        if (given.isEmpty() || weights.isEmpty()) return outcome;
        List<Map<String, Object>> shown = new ArrayList<>(given.size());
        for (Record r : given) shown.add(shown(r));
        List<String> asks = asks(outcome);
        Set<Record> withheld = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < given.size(); i++)
            if (probability(GateFeatures.of(text, sender, today, shown, i, asks, names)) > threshold)
                withheld.add(given.get(i));
        if (withheld.isEmpty()) return outcome;
        List<Record> kept = new ArrayList<>();
        for (Record r : outcome.records()) if (!withheld.contains(r)) kept.add(r);
        List<Gap> gaps = new ArrayList<>();
        if (outcome instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) if (g.draft() == null || !withheld.contains(g.draft())) gaps.add(g);
        gaps.add(new Gap(Gap.Field.UNCLEAR, null, text.strip()));
        return new ParseOutcome.Incomplete(kept, gaps, outcome.saidNow());
    }

    /** A record as the contract prints it: its type and compared fields (integers, text or null). */
    static Map<String, Object> shown(Record r) {
        Map<String, Object> fields = RecordCodec.fields(r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type());
        for (String name : RecordCodec.kind(r.type()).compared()) {
            Object v = fields.get(name);
            m.put(name, v == null || v instanceof Integer ? v : v.toString());
        }
        return m;
    }

    /** The Gap fields the bot asks about before any check of the conversation's (the parse mode's asks, less CONFIRM). */
    private static List<String> asks(ParseOutcome outcome) {
        List<String> asks = new ArrayList<>();
        if (outcome instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) asks.add(g.missing().name());
        for (Record r : outcome.records())
            if ((r instanceof MealRecord || r instanceof Movement) && r.delegation() == null)
                asks.add(Gap.Field.DELEGATION.name());
        return asks;
    }

    /** Reads {@code threshold P} and {@code FEATURE<TAB>WEIGHT} lines; {@code #} starts a comment. */
    static ConfidenceGate read(InputStream in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double threshold = 1.0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int tab = line.lastIndexOf('\t');
                if (tab < 0 && line.startsWith("threshold ")) threshold = Double.parseDouble(line.substring(10));
                else weights.put(unescape(line.substring(0, tab)), Double.parseDouble(line.substring(tab + 1)));
            }
        }
        return new ConfidenceGate(weights, threshold);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }

    private static final class Shipped {
        static final ConfidenceGate GATE = load();

        private static ConfidenceGate load() {
            try (InputStream in = ConfidenceGate.class.getResourceAsStream(RESOURCE)) {
                return in == null ? new ConfidenceGate(Map.of(), 1.0) : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

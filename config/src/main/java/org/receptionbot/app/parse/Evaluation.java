package org.receptionbot.app.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptionbot.parse.MessageParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores the parser on a corpus ({@code expect} on every line), with the figures of {@code score.py}:
 * messages exactly right, record precision, recall and F1, and false alarms on messages with nothing
 * to record; each failure with what was expected and what came out.
 */
final class Evaluation {

    /** The figures of one run. */
    record Score(
            int messages, int exact, int tp, int fp, int fn, int negatives, int falseAlarms, List<String> failures) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluation() {}

    static Score run(MessageParser parser, ObjectMapper mapper, BufferedReader corpus, PrintStream out, boolean show)
            throws IOException {
        Score s = score(parser, mapper, corpus);
        if (show) s.failures().forEach(out::println);
        out.printf(
                Locale.ROOT,
                "messages %d  exact %d/%d = %.3f  missing 0%n",
                s.messages(),
                s.exact(),
                s.messages(),
                s.messages() == 0 ? 0.0 : (double) s.exact() / s.messages());
        out.printf(
                Locale.ROOT,
                "records  precision %.3f  recall %.3f  f1 %.3f  (tp %d fp %d fn %d)%n",
                s.precision(),
                s.recall(),
                s.f1(),
                s.tp(),
                s.fp(),
                s.fn());
        out.printf(Locale.ROOT, "no-record messages %d, given a record anyway %d%n", s.negatives(), s.falseAlarms());
        return s;
    }

    static Score score(MessageParser parser, ObjectMapper mapper, BufferedReader corpus) throws IOException {
        int messages = 0, exact = 0, tp = 0, fp = 0, fn = 0, negatives = 0, falseAlarms = 0;
        List<String> failures = new ArrayList<>();
        String line;
        while ((line = corpus.readLine()) != null) {
            if (line.isBlank()) continue;
            messages++;
            JsonNode c = mapper.readTree(line);
            ObjectNode got = ParseMode.answer(parser, mapper, line);
            Map<List<String>, Integer> want = bag(c.get("expect"));
            Map<List<String>, Integer> have = bag(got.get("records"));
            int common = 0;
            for (var e : want.entrySet()) common += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
            int wanted = total(want), had = total(have);
            tp += common;
            fp += had - common;
            fn += wanted - common;
            if (wanted == 0) {
                negatives++;
                if (had > 0) falseAlarms++;
            }
            if (want.equals(have) && got.has("records")) exact++;
            else failures.add(failure(c, want, have));
        }
        return new Score(messages, exact, tp, fp, fn, negatives, falseAlarms, failures);
    }

    private static String failure(JsonNode c, Map<List<String>, Integer> want, Map<List<String>, Integer> have) {
        StringBuilder b = new StringBuilder("FAIL ")
                .append(c.path("id").asString())
                .append(" now=")
                .append(c.path("now").asString())
                .append(" sender=")
                .append(c.path("sender").isNull() ? "None" : c.path("sender").asString())
                .append(": ")
                .append(c.path("text").asString().replace("\n", "\\n"));
        diff(b, "   missing  ", want, have);
        diff(b, "   extra    ", have, want);
        return b.toString();
    }

    private static void diff(
            StringBuilder b, String label, Map<List<String>, Integer> a, Map<List<String>, Integer> c) {
        for (var e : a.entrySet()) {
            for (int i = c.getOrDefault(e.getKey(), 0); i < e.getValue(); i++)
                b.append('\n').append(label).append(e.getKey());
        }
    }

    private static Map<List<String>, Integer> bag(JsonNode records) {
        Map<List<String>, Integer> bag = new HashMap<>();
        if (records != null) for (JsonNode r : records) bag.merge(RecordJson.key(r), 1, Integer::sum);
        return bag;
    }

    private static int total(Map<List<String>, Integer> bag) {
        int n = 0;
        for (int v : bag.values()) n += v;
        return n;
    }
}

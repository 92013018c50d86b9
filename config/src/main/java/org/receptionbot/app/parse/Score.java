package org.receptionbot.app.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The figures of one corpus run, as {@code score.py} counts them. A silent miss is a message that
 * should give records (or a question) and got no correct record and no {@code ask}; a question on
 * talk is an {@code ask} on a message with nothing to record that is not marked {@code "ask": true}.
 */
record Score(
        int messages,
        int exact,
        int tp,
        int fp,
        int fn,
        int negatives,
        int falseAlarms,
        int talkAsked,
        int positives,
        int silent,
        int questionsDue,
        int asked,
        List<String> failures) {

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

    /** Counts case by case. */
    static final class Tally {
        private int messages, exact, tp, fp, fn, negatives, falseAlarms, talkAsked, positives, silent, due, asked;

        /** Counts one corpus case against the answer; returns its failure report, or null when exact. */
        String add(JsonNode c, JsonNode got) {
            messages++;
            Map<List<String>, Integer> want = bag(c.get("expect")), have = bag(got.get("records"));
            int common = 0;
            for (var e : want.entrySet()) common += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
            int wanted = total(want), had = total(have);
            tp += common;
            fp += had - common;
            fn += wanted - common;
            boolean questioned = got.path("ask").isArray() && !got.get("ask").isEmpty();
            boolean askDue = c.path("ask").asBoolean(false);
            if (askDue) {
                due++;
                if (questioned) asked++;
            }
            if (wanted == 0) {
                negatives++;
                if (had > 0) falseAlarms++;
                if (questioned && !askDue) talkAsked++;
            }
            if (wanted > 0 || askDue) {
                positives++;
                if (common == 0 && !questioned) silent++;
            }
            if (want.equals(have) && got.has("records")) {
                exact++;
                return null;
            }
            return Failures.describe(c, want, have, questioned ? got.get("ask") : null);
        }

        Score score(List<String> failures) {
            return new Score(
                    messages,
                    exact,
                    tp,
                    fp,
                    fn,
                    negatives,
                    falseAlarms,
                    talkAsked,
                    positives,
                    silent,
                    due,
                    asked,
                    List.copyOf(failures));
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
}

package org.receptionbot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much more a message looks like a report than like talk, learnt from labelled messages: a naive
 * Bayes model over the features of a {@link ReportShape} (by presence; a feature never seen counts
 * nothing). It decides one thing only: whether a message no rule could read deserves "没能看懂" rather
 * than silence. The examples are the project's corpora, in {@code report-examples.txt} (see the README:
 * "The silent-report net").
 */
final class ReportOdds {
    /** Log-odds above which a message no rule read is asked about; chosen by leave-one-round-out trials. */
    static final double ASK_ABOVE = 6.0;

    static final String EXAMPLES = "report-examples.txt";

    private final FeatureIndex index;
    /** Each learnt feature's weight, by its number in {@link #index}. */
    private final double[] weights;

    private final double prior;

    /**
     * One labelled example: a report (or a line where the bot should ask) or talk, with the kinds of
     * record it carries ("MEAL_COUNT.LUNCH", "DEPARTURE"; {@link KindOdds} learns them).
     */
    record Example(boolean report, Set<String> kinds, ReportShape shape) {
        Example {
            kinds = Set.copyOf(kinds);
        }

        Example(boolean report, ReportShape shape) {
            this(report, Set.of(), shape);
        }
    }

    ReportOdds(List<Example> examples) {
        Map<String, int[]> seen = new HashMap<>();
        int reports = 0;
        for (Example e : examples) {
            if (e.report()) reports++;
            for (String f : e.shape().features()) seen.computeIfAbsent(f, k -> new int[2])[e.report() ? 0 : 1]++;
        }
        int talk = examples.size() - reports;
        this.prior = Math.log((reports + 1.0) / (talk + 1.0));
        List<Map.Entry<String, int[]>> learnt = FeatureIndex.mostSeenFirst(seen, n -> n[0] + n[1]);
        this.index = new FeatureIndex(learnt.stream().map(Map.Entry::getKey).toList(), learnt.size());
        this.weights = new double[learnt.size()];
        for (int f = 0; f < learnt.size(); f++) {
            int[] n = learnt.get(f).getValue();
            weights[f] = Math.log((n[0] + 1.0) / (reports + 2.0)) - Math.log((n[1] + 1.0) / (talk + 2.0));
        }
    }

    /** The model of the shipped examples, read once. */
    static ReportOdds shipped() {
        return Shipped.MODEL;
    }

    double logOdds(ReportShape shape) {
        double s = prior;
        for (int f : index.of(shape)) s += weights[f];
        return s;
    }

    /** Whether a message no rule read looks enough like a report to be asked about. */
    boolean asks(ReportShape shape) {
        return logOdds(shape) > ASK_ABOVE;
    }

    /**
     * Reads examples: one a line, "R" or "T" (a report's kinds after a colon, joined by "+":
     * "R:ISSUE+MEAL_COUNT.LUNCH"), a tab, the tokens, a tab, the shape.
     */
    static List<Example> read(InputStream in) throws IOException {
        List<Example> all = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split("\t", 3);
                if (p.length < 3) continue;
                int colon = p[0].indexOf(':');
                Set<String> kinds =
                        colon < 0 ? Set.of() : Set.of(p[0].substring(colon + 1).split("\\+"));
                all.add(new Example(p[0].charAt(0) == 'R', kinds, ReportShape.parse(p[1], p[2])));
            }
        }
        return all;
    }

    /** One example's line. */
    static String line(Example e) {
        String kinds = e.kinds().isEmpty() ? "" : ":" + String.join("+", new TreeSet<>(e.kinds()));
        return (e.report() ? "R" : "T") + kinds + "\t" + e.shape().tokens() + "\t"
                + e.shape().shape();
    }

    private static final class Shipped {
        static final ReportOdds MODEL = load();

        private static ReportOdds load() {
            InputStream in = ReportOdds.class.getResourceAsStream(EXAMPLES);
            if (in == null) return new ReportOdds(List.of());
            try {
                return new ReportOdds(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

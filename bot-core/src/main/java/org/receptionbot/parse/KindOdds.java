package org.receptionbot.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much a message looks like it carries a record of each kind (MEAL_COUNT, DEPARTURE, …), learnt from
 * the same labelled examples and {@link ReportShape} features as {@link ReportOdds}: one naive Bayes model
 * per kind, that kind against every other line (talk included), by presence of features. One lookup
 * per feature ({@link FeatureIndex}) gives every kind's weight at once.
 */
final class KindOdds {
    private final List<String> kinds;
    private final FeatureIndex index;
    /** Each learnt feature's weight for every kind: kinds().size() weights a feature, by its number in {@link #index}. */
    private final double[] weights;

    private final double[] priors;
    private final boolean byMeal;

    /**
     * @param byMeal whether a meal record's kind keeps its meal ("MEAL_COUNT.LUNCH") or is its type alone
     */
    KindOdds(List<ReportOdds.Example> examples, boolean byMeal) {
        this.byMeal = byMeal;
        Set<String> all = new TreeSet<>();
        for (ReportOdds.Example e : examples) all.addAll(kinds(e.kinds()));
        this.kinds = List.copyOf(all);
        int k = kinds.size();
        int[] with = new int[k];
        Map<String, int[]> seen = new HashMap<>();
        for (ReportOdds.Example e : examples) {
            boolean[] has = has(kinds(e.kinds()));
            for (int i = 0; i < k; i++) if (has[i]) with[i]++;
            for (String f : e.shape().features()) {
                int[] n = seen.computeIfAbsent(f, x -> new int[k + 1]);
                n[k]++;
                for (int i = 0; i < k; i++) if (has[i]) n[i]++;
            }
        }
        int total = examples.size();
        this.priors = new double[k];
        for (int i = 0; i < k; i++) priors[i] = Math.log((with[i] + 1.0) / (total - with[i] + 1.0));
        List<Map.Entry<String, int[]>> learnt = FeatureIndex.mostSeenFirst(seen, n -> n[k]);
        this.index = new FeatureIndex(learnt.stream().map(Map.Entry::getKey).toList(), learnt.size());
        this.weights = new double[learnt.size() * k];
        for (int f = 0; f < learnt.size(); f++) {
            int[] n = learnt.get(f).getValue();
            for (int i = 0; i < k; i++) {
                int without = total - with[i];
                weights[f * k + i] =
                        Math.log((n[i] + 1.0) / (with[i] + 2.0)) - Math.log((n[k] - n[i] + 1.0) / (without + 2.0));
            }
        }
    }

    /** The kinds learnt, in the order of {@link #logOdds}. */
    List<String> kinds() {
        return kinds;
    }

    /** Each kind's log-odds that the message carries a record of it, in the order of {@link #kinds()}. */
    double[] logOdds(ReportShape shape) {
        double[] s = priors.clone();
        int k = s.length;
        for (int f : index.of(shape)) for (int i = 0, at = f * k; i < k; i++) s[i] += weights[at + i];
        return s;
    }

    private boolean[] has(Set<String> labels) {
        boolean[] has = new boolean[kinds.size()];
        for (String l : labels) {
            int i = kinds.indexOf(l);
            if (i >= 0) has[i] = true;
        }
        return has;
    }

    /** The kinds of labels as this model tells them apart. */
    Set<String> kinds(Set<String> labels) {
        if (byMeal) return labels;
        Set<String> k = new TreeSet<>();
        for (String l : labels) k.add(type(l));
        return k;
    }

    /** The record type of a label: "MEAL_COUNT.LUNCH" is MEAL_COUNT. */
    static String type(String label) {
        int dot = label.indexOf('.');
        return dot < 0 ? label : label.substring(0, dot);
    }
}

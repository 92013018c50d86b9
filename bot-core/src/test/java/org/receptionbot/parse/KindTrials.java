package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.RecordCodec;

/**
 * Every corpus line read by the rules alone, with what it should give and the kind model that never saw
 * its file (each file left out in turn): the ground of {@link KindNetTest}.
 */
final class KindTrials {
    private static final MessageParser SPORTS = new MessageParser(TestEvents.reference());
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());

    /** One corpus line: the rules' outcome, the kinds it gives and should give, the model that never saw its file. */
    record Line(
            String file,
            CorpusCase c,
            ParseOutcome outcome,
            Set<String> given,
            Set<String> due,
            ReportShape shape,
            List<ReportShape> statements,
            UnaryOperator<ParseOutcome> settle,
            KindOdds model) {
        boolean report() {
            return !c.expected().isEmpty() || c.ask();
        }

        boolean talk() {
            return !report();
        }

        boolean exact() {
            return CorpusCase.keys(outcome.contractRecords()).equals(c.expected());
        }

        boolean asks() {
            return outcome instanceof ParseOutcome.Incomplete;
        }

        /** What score.py counts a silent miss: a report with no correct record and no question. */
        boolean silentMiss() {
            if (!report() || asks()) return false;
            List<String> correct = new ArrayList<>(CorpusCase.keys(outcome.contractRecords()));
            correct.retainAll(c.expected());
            return correct.isEmpty();
        }
    }

    private KindTrials() {}

    /** The kind labels of record keys ("MEAL_COUNT|hunan|…|LUNCH|31|" is MEAL_COUNT.LUNCH). */
    static Set<String> labels(List<String> keys) {
        Set<String> labels = new TreeSet<>();
        for (String k : keys) {
            String[] parts = k.split("\\|", -1);
            List<String> compared = RecordCodec.kind(parts[0]).compared();
            int meal = compared.indexOf("meal");
            labels.add(meal < 0 ? parts[0] : parts[0] + "." + parts[meal + 1]);
        }
        return labels;
    }

    /** Every corpus line, the known failures and the negative corpus among them, by file. */
    static Map<String, List<Line>> read() {
        List<Corpora> files = new ArrayList<>(Corpora.exact());
        files.addAll(Corpora.knownFailures());
        files.addAll(Corpora.negative());
        Map<String, List<Line>> byFile = new LinkedHashMap<>();
        for (Corpora file : files) {
            List<Line> lines = new ArrayList<>();
            for (CorpusCase c : file.cases()) {
                MessageParser.Ruled r = (c.conference() ? CONFERENCE : SPORTS).ruled(c.text(), c.now(), c.sender());
                lines.add(new Line(
                        file.resource(),
                        c,
                        r.outcome(),
                        labels(CorpusCase.keys(r.outcome().contractRecords())),
                        labels(c.expected()),
                        r.shape(),
                        r.statements(),
                        r.settle(),
                        null));
            }
            byFile.put(file.resource(), lines);
        }
        Map<String, List<Line>> scored = new LinkedHashMap<>();
        for (String left : byFile.keySet()) {
            List<ReportOdds.Example> rest = new ArrayList<>();
            byFile.forEach((f, lines) -> {
                if (!f.equals(left))
                    for (Line l : lines) rest.add(new ReportOdds.Example(l.report(), l.due(), l.shape()));
            });
            KindOdds model = new KindOdds(rest, false);
            List<Line> lines = new ArrayList<>();
            for (Line l : byFile.get(left))
                lines.add(new Line(
                        l.file(),
                        l.c(),
                        l.outcome(),
                        l.given(),
                        l.due(),
                        l.shape(),
                        l.statements(),
                        l.settle(),
                        model));
            scored.put(left, lines);
        }
        return scored;
    }
}

package org.receptionbot.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * The kind net: weighs the kinds of record the rules read against what the message looks like to
 * {@link KindOdds}, and asks where they disagree strongly. MISSING: the records lack a kind the message
 * looks like far more than any kind read → the records stand and the sender is asked to check
 * ({@link Gap#mayBeUnread}). UNLIKELY: a kind read that neither the message nor any of its statements
 * alone looks like → its records are withheld and the message is asked about ({@link Gap.Field#UNCLEAR}).
 * Thresholds chosen by leave-one-file-out trials over the corpora (the README: "The silent-report net").
 */
final class KindNet {
    /** Log-odds above which a kind the rules did not read, and that beats every kind read, is asked about. */
    static final double MISSING_ABOVE = 40.0;
    /** Log-odds below which a kind the rules read, in the message and in each statement, is withheld. */
    static final double UNLIKELY_BELOW = -10.0;

    private final KindOdds odds;
    private final double missingAbove;
    private final double unlikelyBelow;

    KindNet(KindOdds odds, double missingAbove, double unlikelyBelow) {
        this.odds = odds;
        this.missingAbove = missingAbove;
        this.unlikelyBelow = unlikelyBelow;
    }

    /** The net of the shipped examples, read once. */
    static KindNet shipped() {
        return Shipped.NET;
    }

    /** {@code outcome} as the rules read {@code clauses}, checked; unchanged when no record was read. */
    ParseOutcome check(ParseOutcome outcome, List<Clause> clauses, boolean bound, String original) {
        if (outcome.records().isEmpty()) return outcome;
        ParseOutcome checked =
                check(outcome, ReportShape.of(clauses, bound), () -> statements(clauses, bound), original);
        // 本来三顿都不吃的 现在…中午回来吃 26个: the old plan's words are read and replaced by the new plan; they leave
        // no kind unread.
        boolean asksMissing = checked != outcome && checked.records().equals(outcome.records());
        return asksMissing && (planReplaced(clauses) || BatchDirection.chosen(checked, clauses)) ? outcome : checked;
    }

    /** An old plan (本来, 原计划) said with a turn to now (现在, 改成) in the same or a later statement. */
    private static boolean planReplaced(List<Clause> clauses) {
        boolean planned = false;
        for (Clause c : clauses) {
            // 按原计划 is the plan kept; 原来说…不吃 现在回来吃 (回来吃 as planned after it) is an old plan all the same.
            planned |= c.has(Cue.PLANNED) && (!c.has(Cue.AS_PLANNED) || c.at(Cue.AS_PLANNED) > c.at(Cue.PLANNED));
            if (planned && (c.changeAt() >= 0 || c.has(Cue.CHANGE) || c.span().contains("现在"))) return true;
        }
        return false;
    }

    /** The check itself, on the message's shape and (asked for only when needed) each statement's. */
    ParseOutcome check(
            ParseOutcome outcome, ReportShape shape, Supplier<List<ReportShape>> statements, String original) {
        if (outcome.records().isEmpty() || odds.kinds().isEmpty()) return outcome;
        List<String> kinds = odds.kinds();
        boolean[] read = new boolean[kinds.size()];
        for (Record r : outcome.contractRecords()) {
            int k = kinds.indexOf(r.type());
            if (k >= 0) read[k] = true;
        }
        double[] whole = odds.logOdds(shape);
        Set<String> unlikely = null;
        List<double[]> each = null;
        for (int i = 0; i < kinds.size(); i++) {
            if (!read[i] || whole[i] >= unlikelyBelow) continue;
            if (each == null)
                each = statements.get().stream().map(odds::logOdds).toList();
            boolean said = false;
            for (double[] s : each) said |= s[i] >= unlikelyBelow;
            if (!said) {
                if (unlikely == null) unlikely = new TreeSet<>();
                unlikely.add(kinds.get(i));
            }
        }
        if (unlikely != null) return withheld(outcome, unlikely, original);
        if (!(outcome instanceof ParseOutcome.Understood u) || u.further()) return outcome;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < kinds.size(); i++) if (read[i]) top = Math.max(top, whole[i]);
        int missing = -1;
        for (int i = 0; i < kinds.size(); i++) {
            boolean above = whole[i] > missingAbove && whole[i] > top;
            if (!read[i] && above && (missing < 0 || whole[i] > whole[missing])) missing = i;
        }
        if (missing < 0) return outcome;
        return new ParseOutcome.Incomplete(
                u.records(), List.of(Gap.mayBeUnread(kinds.get(missing), original.strip())), u.saidNow());
    }

    /** The outcome without the records of {@code kinds}, asking about the message instead. */
    private static ParseOutcome withheld(ParseOutcome outcome, Set<String> kinds, String original) {
        List<Record> kept = new ArrayList<>();
        for (Record r : outcome.records()) if (!kinds.contains(r.type())) kept.add(r);
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        gaps.add(new Gap(Gap.Field.UNCLEAR, null, original.strip()));
        return new ParseOutcome.Incomplete(kept, gaps, outcome.saidNow());
    }

    private static List<ReportShape> statements(List<Clause> clauses, boolean bound) {
        List<ReportShape> all = new ArrayList<>(clauses.size());
        for (Clause c : clauses) all.add(ReportShape.of(c, bound));
        return all;
    }

    private static final class Shipped {
        static final KindNet NET = load();

        private static KindNet load() {
            try (InputStream in = ReportOdds.class.getResourceAsStream(ReportOdds.EXAMPLES)) {
                List<ReportOdds.Example> examples = in == null ? List.of() : ReportOdds.read(in);
                return new KindNet(new KindOdds(examples, false), MISSING_ABOVE, UNLIKELY_BELOW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

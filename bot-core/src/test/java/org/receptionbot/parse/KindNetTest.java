package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.receptionbot.message.ParseOutcome;

/**
 * The kind net on rounds it never saw: each corpus file left out in turn, the model learnt from the rest
 * weighs what the rules read of every line of it (the known failures included), and each check is tried
 * alone at several thresholds. The shipped thresholds must keep their figures: few questions on lines the
 * rules read exactly, almost no exact line lost, some silent misses turned into questions.
 */
class KindNetTest {
    private static final double OFF_ABOVE = Double.POSITIVE_INFINITY;
    private static final double OFF_BELOW = Double.NEGATIVE_INFINITY;
    private static List<KindTrials.Line> lines;

    @BeforeAll
    static void read() {
        lines = KindTrials.read().values().stream().flatMap(List::stream).toList();
    }

    /** What one check at one threshold does over every line. */
    record Figures(
            int reports,
            int exact,
            int exactAsked,
            int exactLost,
            int talk,
            int talkAsked,
            int silent,
            int caught,
            int otherAsked,
            int rightWithheld,
            int wrongWithheld) {}

    static Figures figures(double missingAbove, double unlikelyBelow) {
        int reports = 0, exact = 0, exactAsked = 0, exactLost = 0, talk = 0, talkAsked = 0;
        int silent = 0, caught = 0, otherAsked = 0, rightWithheld = 0, wrongWithheld = 0;
        for (KindTrials.Line l : lines) {
            KindNet net = new KindNet(l.model(), missingAbove, unlikelyBelow);
            ParseOutcome checked = l.settle().apply(net.check(l.outcome(), l.shape(), l::statements, l.c().text()));
            // settled again to the same records (the route's figure said last holds the change): not asked
            boolean changed = checked != l.outcome() && !checked.equals(l.outcome());
            List<String> before = CorpusCase.keys(l.outcome().contractRecords());
            List<String> after = CorpusCase.keys(checked.contractRecords());
            if (changed) {
                List<String> gone = new ArrayList<>(before);
                for (String k : after) gone.remove(k);
                List<String> right = new ArrayList<>(l.c().expected());
                for (String k : gone) {
                    if (right.remove(k)) rightWithheld++;
                    else wrongWithheld++;
                }
            }
            if (l.report()) {
                reports++;
                if (l.exact()) {
                    exact++;
                    if (changed) exactAsked++;
                    if (!after.equals(l.c().expected())) exactLost++;
                } else if (l.silentMiss()) {
                    silent++;
                    if (checked instanceof ParseOutcome.Incomplete) caught++;
                } else if (changed) otherAsked++;
            } else {
                talk++;
                if (changed) talkAsked++;
            }
        }
        return new Figures(
                reports,
                exact,
                exactAsked,
                exactLost,
                talk,
                talkAsked,
                silent,
                caught,
                otherAsked,
                rightWithheld,
                wrongWithheld);
    }

    /** MISSING alone: the records stand, a question is added. */
    @Test
    void missingKindsAskOnFewExactLinesAndCatchSomeSilentMisses() {
        for (double t : new double[] {20, 25, 30, 35, 40, 50}) {
            Figures f = figures(t, OFF_BELOW);
            System.out.printf(
                    "kind net MISSING > %.0f: asks on %d of %d exact report lines (%.2f%% of %d reports), on %d of %d"
                            + " talk lines; catches %d of %d silent misses; asks on %d other lines%n",
                    t,
                    f.exactAsked(),
                    f.exact(),
                    100.0 * f.exactAsked() / f.reports(),
                    f.reports(),
                    f.talkAsked(),
                    f.talk(),
                    f.caught(),
                    f.silent(),
                    f.otherAsked());
        }
        Figures shipped = figures(KindNet.MISSING_ABOVE, OFF_BELOW);
        assertThat(shipped.exactLost()).isZero();
        assertThat(shipped.exactAsked()).isLessThan(shipped.reports() / 200);
        assertThat(shipped.talkAsked()).isLessThanOrEqualTo(2);
        assertThat(shipped.caught()).isGreaterThanOrEqualTo(6);
    }

    /** UNLIKELY alone: the unlikely kind's records are withheld and the message asked about. */
    @Test
    void unlikelyKindsAreWithheldOnAlmostNoExactLine() {
        for (double t : new double[] {-2, -4, -6, -8, -10, -12}) {
            Figures f = figures(OFF_ABOVE, t);
            System.out.printf(
                    "kind net UNLIKELY < %.0f: withholding loses %d of %d exact lines (keeping asks on them);"
                            + " asks on %d of %d talk lines (%d wrong records withheld, %d right ones);"
                            + " catches %d of %d silent misses; asks on %d other lines%n",
                    t,
                    f.exactLost(),
                    f.exact(),
                    f.talkAsked(),
                    f.talk(),
                    f.wrongWithheld(),
                    f.rightWithheld(),
                    f.caught(),
                    f.silent(),
                    f.otherAsked());
        }
        Figures shipped = figures(OFF_ABOVE, KindNet.UNLIKELY_BELOW);
        // At most one exact line in 5,000 (two while the corpora were under 10,000 exact lines); a share, as they grow.
        assertThat(shipped.exactLost()).isLessThanOrEqualTo(Math.max(2, shipped.exact() / 5000));
        assertThat(shipped.wrongWithheld()).isGreaterThan(2 * shipped.rightWithheld());
        // At most one talk line in 400 asked about (issue 13 allows 5%); a share, as the corpora grow. One in 500 held
        // until session 42's rounds: 18 of 8,824 at -10, where -12 asks on 12 but lets 9 more wrong records through.
        assertThat(shipped.talkAsked()).isLessThanOrEqualTo(shipped.talk() / 400);
        assertThat(shipped.caught()).isGreaterThanOrEqualTo(2);
    }

    /** Both checks as shipped. */
    @Test
    void bothChecksTogetherKeepTheirFigures() {
        Figures f = figures(KindNet.MISSING_ABOVE, KindNet.UNLIKELY_BELOW);
        System.out.printf(
                "kind net as shipped: asks on %d of %d exact lines, loses %d; asks on %d of %d talk lines;"
                        + " catches %d of %d silent misses; %d wrong records withheld, %d right ones%n",
                f.exactAsked(),
                f.exact(),
                f.exactLost(),
                f.talkAsked(),
                f.talk(),
                f.caught(),
                f.silent(),
                f.wrongWithheld(),
                f.rightWithheld());
        assertThat(f.exactAsked()).isLessThan(f.reports() / 100);
        assertThat(f.caught()).isGreaterThanOrEqualTo(8);
    }
}

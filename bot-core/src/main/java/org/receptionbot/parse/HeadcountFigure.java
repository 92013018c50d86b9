package org.receptionbot.parse;

import java.util.List;

/**
 * The figure counted on a vehicle: the one said right after the counting word or the vehicle ("实到47",
 * "4车 42个"), or, when the sender takes it back, the one said in its place ("42个 不对 43个"). Figures said
 * after it are remarks on the count, not a second count: people missing ("少一个", "还差3个", "还有两个自己打车过去")
 * or the reason for a correction ("刚上来一个").
 */
final class HeadcountFigure {
    /** What may stand between the counting word or the vehicle and the figure counted. */
    private static final String BETWEEN = " :：了共";

    private HeadcountFigure() {}

    /** The figure counted on {@code vehicle}, or null when none is said where a count is said. */
    static Mention.Count of(Clause c, Mention.Vehicle vehicle) {
        Mention.Count n = rightAfter(c, c.endOf(Cue.HEADCOUNT));
        if (n == null) n = HeadcountWords.figureRightAfter(c, vehicle);
        if (n == null) return null;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = counts.indexOf(n); i >= 0 && SelfCorrection.wrong(c, counts.get(i)); ) {
            i++;
            // 实到41 哦不对 刚数错了: a figure taken back with none in its place is no count.
            if (i >= counts.size()) return null;
            n = counts.get(i);
        }
        return n;
    }

    /** The figure right after {@code from} with at most a pause between, or null. */
    private static Mention.Count rightAfter(Clause c, int from) {
        if (from < 0) return null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < from) continue;
            for (int i = from; i < n.start(); i++) if (BETWEEN.indexOf(c.text.charAt(i)) < 0) return null;
            return n;
        }
        return null;
    }
}

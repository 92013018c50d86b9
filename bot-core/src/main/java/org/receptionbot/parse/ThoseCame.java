package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The figure of those who came beside the ones short ({@link ArrivedShort}, {@link ShortOnes}): "全团34人 实际33 少一个" is 33,
 * "全团34人已到 少一个" is 34 less the one, "来了33 还差一个" is 33.
 */
final class ThoseCame {
    /** Words before a figure that make it the delegation's whole ("全团34人"), not those who came. */
    private static final String[] WHOLE = {"全团", "一共", "总共", "共", "全部"};
    /** Words before a figure that make it those who came ("实际33", "实到33"). */
    private static final String[] ACTUAL = {"实际", "实到", "实有"};

    private ThoseCame() {}

    /**
     * How many came: the one figure besides the ones short, or of two, the one the other is the whole of; a figure said
     * as the whole alone less the ones short; null when unsure.
     */
    static Integer figure(String text, List<Mention> mentions, ShortOnes gap) {
        List<Mention.Count> figures = others(mentions, gap);
        if (figures.size() == 1) {
            Mention.Count c = figures.get(0);
            if (!ArrivedWords.saidBefore(text, c.start(), WHOLE)) return c.value();
            return c.value() > gap.count() ? c.value() - gap.count() : null;
        }
        if (figures.size() != 2) return null;
        int a = figures.get(0).value();
        int b = figures.get(1).value();
        if (a == b + gap.count() || b == a + gap.count()) return Math.min(a, b);
        for (Mention.Count c : figures) if (ArrivedWords.saidBefore(text, c.start(), ACTUAL)) return c.value();
        return null;
    }

    /** The figures besides the ones short and what is said of them. */
    static List<Mention.Count> others(List<Mention> mentions, ShortOnes gap) {
        List<Mention.Count> figures = new ArrayList<>();
        for (Mention x : mentions)
            if (x instanceof Mention.Count c && c.start() != gap.figure().start() && !within(c, gap)) figures.add(c);
        return figures;
    }

    /** A figure in what is said of the ones short (明天早上坐G1502到), not of those who came. */
    private static boolean within(Mention.Count c, ShortOnes gap) {
        return c.start() >= gap.figure().end() && c.end() <= gap.end();
    }
}

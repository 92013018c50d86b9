package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * A route's figure revised in the same message: "北海线 四个变三个了" (the figure right after 变 is the
 * figure now), "柳州线7个 改一下 … 柳州改成6个" (a later figure said with a word of change replaces the
 * earlier one of the same delegation and route, which was the old plan).
 */
final class VisitRevisions {
    /** Words between two figures that turn the first into the second. */
    private static final String[] TO = {"变成", "变为", "变", "改成", "改为", "改"};
    /** What may stand around those words (四个 变 三个了). */
    private static final String FILLER = " 了嗯啊呃哦,，";

    private VisitRevisions() {}

    /** "四个变三个": the figure a figure is changed to, right after it; or null. */
    static Integer changedTo(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = 0; i + 1 < counts.size(); i++) {
            Mention.Count old = counts.get(i);
            Mention.Count now = counts.get(i + 1);
            StringBuilder between = new StringBuilder();
            for (int k = old.end(); k < now.start(); k++)
                if (FILLER.indexOf(c.text.charAt(k)) < 0) between.append(c.text.charAt(k));
            for (String w : TO) if (w.contentEquals(between) && old.value() != now.value()) return now.value();
        }
        return null;
    }

    /**
     * Marks as the old plan each earlier visit draft ({@code earlier}) of the delegation and route of a
     * visit the clause revises ({@code now}, said with a word of change), so the later one stands.
     */
    static void replaceEarlier(Clause c, List<Draft> earlier, List<Draft> now) {
        if (now.isEmpty() || !VisitOldWords.changed(c) && changedTo(c) == null) return;
        for (Draft d : now) {
            if (d.kind != Draft.Kind.VISIT || d.count == null) continue;
            for (Draft x : earlier)
                if (x.kind == Draft.Kind.VISIT
                        && Objects.equals(x.team, d.team)
                        && Objects.equals(x.route, d.route)
                        && !Objects.equals(x.count, d.count)) x.planned = true;
        }
    }
}

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

    /** Words that open the figures a change leaves (那就北海3柳州3, 所以北海5百色2, 现在北海4柳州2). */
    private static final String[] RESULT = {"那就", "那么就", "那么", "所以就", "所以", "这样就", "这样", "现在", "最后", "那"};

    /**
     * Whether the clause opens with a word of what a change leaves, then a route; the word may be left before the
     * clause as a connective (所以).
     */
    static boolean resulting(Clause c) {
        int at = c.start;
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        boolean routeFirst = false;
        for (Mention.Route r : c.all(Mention.Route.class)) routeFirst |= r.start() == at;
        for (String w : RESULT) {
            if (routeFirst && at >= w.length() && c.text.startsWith(w, at - w.length())) return true;
            if (!c.text.startsWith(w, at)) continue;
            for (Mention.Route r : c.all(Mention.Route.class)) if (r.start() == at + w.length()) return true;
            return false;
        }
        return false;
    }

    /**
     * "北海4柳州2 … 有一个从北海改柳州 那就北海3柳州3": the figures a switch leaves, said after it, are the report; the
     * switch of the same delegation between those routes is only how they came about. Whether {@code d}, an earlier
     * draft, is such a switch, replaced by the visits {@code now}.
     */
    static boolean switchLeading(Draft d, List<Draft> now) {
        if (d.kind != Draft.Kind.VISIT_CHANGE || d.from == null || d.to == null) return false;
        boolean from = false;
        boolean to = false;
        for (Draft x : now) {
            if (x.kind != Draft.Kind.VISIT || x.count == null || !Objects.equals(x.team, d.team)) continue;
            from |= d.from.equals(x.route);
            to |= d.to.equals(x.route);
        }
        return from && to;
    }

    /**
     * Marks as the old plan each earlier visit draft ({@code earlier}) of the delegation and route of a
     * visit the clause revises ({@code now}, said with a word of change), so the later one stands.
     */
    static void replaceEarlier(Clause c, List<Draft> earlier, List<Draft> now) {
        if (now.isEmpty() || !VisitOldWords.changed(c) && changedTo(c) == null && !resulting(c)) return;
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

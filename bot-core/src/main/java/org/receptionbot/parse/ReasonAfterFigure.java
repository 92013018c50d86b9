package org.receptionbot.parse;

import java.util.List;

/**
 * "北海原来6个现在5个因为有个同志要留下写材料", "北海线本来5个现在变4个因为王处要参加另一个会": a reason typed right after
 * a route's figure, with no space, is a statement apart, as if a space stood there: the people it names (有个同志,
 * 王处) and what they do (参加, 留下) are why, not a report of their own beside the figure.
 */
final class ReasonAfterFigure {
    /** Words that open a reason. */
    private static final String[] BECAUSE = {"是因为", "因为", "由于", "原因是"};

    private ReasonAfterFigure() {}

    /** Where the reason starts in {@code [from, to)}, after a route's figure; or -1. */
    static int turn(String text, int from, int to, List<Mention> mentions) {
        boolean route = false;
        Mention before = null;
        for (Mention m : mentions) {
            if (m.end() <= from) continue;
            if (m.start() >= to) break;
            if (route && before instanceof Mention.Count && opens(text, before.end(), to)) return before.end();
            route |= m instanceof Mention.Route;
            before = m;
        }
        return route && before instanceof Mention.Count && opens(text, before.end(), to) ? before.end() : -1;
    }

    /** Whether a reason word stands at {@code at}, past the figure's unit (5个, 4人). */
    private static boolean opens(String text, int at, int to) {
        int i = at;
        while (i < to && "个人位名".indexOf(text.charAt(i)) >= 0) i++;
        for (String w : BECAUSE) if (i + w.length() < to && text.startsWith(w, i)) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * A bus's head count, then past a space a problem of its own opened by 还有/另外/另有 ("9号车接到新疆 实到45
 * 还有两个行李丢了", "3号车实到33 另外有个箱子找不到了", "实到40 还有一个人发烧了"): the count is complete and the problem
 * is a statement of its own, as it is past a comma; people still to come or not aboard (还有两个没上车) stay the
 * count's.
 */
final class CountThenProblem {
    /** Words that open a further matter after the count. */
    private static final String[] OPENINGS = {"另外还有", "另外有", "另外", "还有", "另有"};

    private CountThenProblem() {}

    /** Whether the space at {@code at} ends a head count said from {@code from} and a problem of its own follows. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!counted(from, at, mentions, hits)) return false;
        int p = at + 1;
        String opening = null;
        for (String w : OPENINGS)
            if (text.startsWith(w, p)) {
                opening = w;
                break;
            }
        if (opening == null) return false;
        int end = p;
        while (end < text.length() && " ，,。；;\n".indexOf(text.charAt(end)) < 0) end++;
        for (CueTable.Hit h : hits)
            if (h.start() >= p + opening.length()
                    && h.end() <= end
                    && CueGroups.PROBLEM_SAID.cues().contains(h.cue())) return true;
        return false;
    }

    /** A figure counted on a bus between {@code from} and {@code at}: 实到45, 9号车 45人. */
    static boolean counted(int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean figure = false;
        boolean vehicle = false;
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= at) {
                figure |= m instanceof Mention.Count;
                vehicle |= m instanceof Mention.Vehicle;
            }
        return figure && (vehicle || StatementSpans.holds(from, at, hits, Cue.HEADCOUNT));
    }
}

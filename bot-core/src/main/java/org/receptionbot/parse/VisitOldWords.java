package org.receptionbot.parse;

/**
 * The old plan in a visit statement ("原报百色3人", "本来是北海的", "原来报的柳州线") and a day gone by
 * (昨天北海线我们去了5个).
 */
final class VisitOldWords {
    private static final String[] OLD = {"原报", "原来", "原定", "原计划", "本来", "原先", "之前报", "原是"};
    /** A day gone by: a clause about it tells what happened, no plan (昨天北海线我们去了5个). */
    private static final String[] PAST = {"昨天", "前天", "昨日", "昨晚"};

    private VisitOldWords() {}

    /** An old-plan word, unless it is part of "as planned" (按原计划, 跟原来一样): the figure then stands. */
    static boolean old(Clause c) {
        VisitWords.Word w = VisitWords.find(c, OLD);
        if (w == null) return false;
        int at = c.at(Cue.AS_PLANNED);
        return at < 0 || w.at() < at || w.end() > c.endOf(Cue.AS_PLANNED);
    }

    /** Whether an old-plan word ends right before {@code at} (原来4人). */
    static boolean oldBefore(Clause c, int at) {
        for (String w : OLD) if (at - w.length() >= c.start && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }

    /** The route of the old plan said in the clause ("原来报的百色", "本来是北海的"), or null. */
    static Mention.Route oldRoute(Clause c) {
        for (String w : OLD) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                Mention.Route r = VisitWords.routeAfter(c, at + w.length());
                if (r != null) return r;
            }
        }
        return null;
    }

    static boolean past(Clause c) {
        for (String w : PAST) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }
}

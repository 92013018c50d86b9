package org.receptionbot.parse;

/**
 * The old plan in a visit statement ("原报百色3人", "本来是北海的", "原来报的柳州线") and a day gone by
 * (昨天北海线我们去了5个).
 */
final class VisitOldWords {
    private static final String[] OLD = {"原报", "原来", "原定", "原计划", "本来", "原先", "之前报", "原是"};
    /** A day gone by: a clause about it tells what happened, no plan (昨天北海线我们去了5个). */
    private static final String[] PAST = {
        "昨天", "前天", "昨日", "昨晚", "去年", "前年", "上次来", "上回来", "去过", "参观过", "考察过", "去看过", "来看过"
    };

    private VisitOldWords() {}

    /** An old-plan word, unless it is part of "as planned" (按原计划, 跟原来一样): the figure then stands. */
    static boolean old(Clause c) {
        VisitWords.Word w = VisitWords.find(c, OLD);
        if (w == null) return false;
        int at = c.at(Cue.AS_PLANNED);
        return at < 0 || w.at() < at || w.end() > c.endOf(Cue.AS_PLANNED);
    }

    /** Where the first old-plan word starts, or -1. */
    static int oldAt(Clause c) {
        VisitWords.Word w = VisitWords.find(c, OLD);
        return w == null ? -1 : w.at();
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

    /** Words between the old figure and the new one that say it changed (现在改8位, 改成5个, 现调整为4人). */
    private static final String[] CHANGED = {"改", "现在", "现", "变", "调整", "调成", "实际"};
    /** Characters of a relative change: with one of them the later figure is how many more or fewer (现在少2个). */
    private static final String RELATIVE = "少减加多增退";

    /**
     * "北海线原报6位 现在改8位", "原来报的3个 现在改4个": after an old-plan word, two figures with a word of
     * change between them and no word of more or fewer (现在少2个 is relative): the second, else null.
     */
    static Integer figureNow(Clause c) {
        VisitWords.Word w = VisitWords.find(c, OLD);
        if (w == null) return null;
        java.util.List<Mention.Count> counts = new java.util.ArrayList<>();
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() >= w.end()) counts.add(n);
        if (counts.size() != 2) return null;
        String between = c.text.substring(counts.get(0).end(), counts.get(1).start());
        for (int i = 0; i < between.length(); i++) if (RELATIVE.indexOf(between.charAt(i)) >= 0) return null;
        for (String changed : CHANGED)
            if (between.contains(changed)) return counts.get(1).value();
        return null;
    }

    /** "现在改三个", "调整为4人": a word of change and none of more or fewer. */
    static boolean changed(Clause c) {
        String said = c.span();
        for (int i = 0; i < said.length(); i++) if (RELATIVE.indexOf(said.charAt(i)) >= 0) return false;
        for (String w : CHANGED) if (said.contains(w)) return true;
        return false;
    }

    static boolean past(Clause c) {
        for (String w : PAST) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }
}

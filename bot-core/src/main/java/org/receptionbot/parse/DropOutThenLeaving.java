package org.receptionbot.parse;

import java.util.List;

/**
 * "宁波住建局这次考察我们就不去了 单位有事 开完会就回", "湖南考察去不了了 会后就走": a drop-out from the visits (maybe with its
 * reason), then past a space the delegation's leaving, its verb said last: two statements, the drop-out and the
 * departure. The drop-out is from a visit (考察, a route); not going to something else (不去开幕式的 …拿回去), a leaving
 * that names a route or a meal (不去北海了 晚饭回来吃), or a drop-out already said with its leaving before the space,
 * is not this.
 */
final class DropOutThenLeaving {
    /** Words of dropping out of the visits. */
    private static final String[] DROP_OUT = {"不去", "去不了", "不参加"};
    /** Particles after the verb that say nothing more. */
    private static final String TRAILING = "了啦哈啊呀吧";

    private DropOutThenLeaving() {}

    /** Whether the space at {@code at} ends a drop-out said since {@code from} and opens the leaving. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        String said = text.substring(from, at);
        if (!droppedOut(said)
                || !(visitSaid(said) || StatementSpans.routeBetween(from, at, mentions))
                || StatementSpans.holds(from, at, hits, Cue.DEPART)) return false;
        int next = at + 1;
        while (next < text.length() && Clause.SEPARATORS.indexOf(text.charAt(next)) < 0) next++;
        for (Mention m : mentions)
            if (m.start() > at && m.end() <= next && (m instanceof Mention.Route || m instanceof Mention.Meals))
                return false;
        int end = next;
        while (end > at + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
        for (CueTable.Hit h : hits) if (h.cue() == Cue.DEPART && h.start() > at && h.end() == end) return true;
        return false;
    }

    /** Words of a site visit. */
    private static final String[] VISIT = {"考察", "参观", "调研", "观摩"};

    private static boolean visitSaid(String said) {
        for (String w : VISIT) if (said.contains(w)) return true;
        return false;
    }

    private static boolean droppedOut(String said) {
        for (String w : DROP_OUT) if (said.contains(w)) return true;
        return false;
    }
}

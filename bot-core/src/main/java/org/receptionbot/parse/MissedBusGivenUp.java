package org.receptionbot.parse;

import java.util.List;

/**
 * "柳州线2个人没赶上车 … 算了不去了", "没赶上车 算了 北海线少一个", "有一位没来 … 不去北海了": people who missed the bus
 * and then give up the visit, or lower the route's figure, report a drop-out, not a vehicle problem for someone to act
 * on; with no giving up (没赶上车 怎么办), or a bus asked for after it (麻烦派个车), the problem stands.
 */
final class MissedBusGivenUp {
    /** Giving up the trip, said after the bus was missed. */
    private static final String[] GIVE_UP = {"不去了", "就不去", "不去考察", "不参加了", "不考察了", "去不成了", "去不了了"};

    /** Someone not on the bus when it left (没赶上车, 没坐上车). */
    private static final String[] MISSED = {"没赶上", "没有赶上", "没坐上", "没赶到"};
    /** The message's sentence ends: a space does not end the route's statement read after it. */
    private static final String SENTENCE_ENDS = ",，。;；!！?？\n";

    private MissedBusGivenUp() {}

    /**
     * Whether the space at {@code at} ends the statement of someone not on the bus ({@code from} on) because the rest
     * of the sentence lowers a route (没赶上车 | 算了 北海线少一个, 有一位没坐上车 | 不去北海了 北海线少1个): the drop-out is read
     * as a statement of its own.
     */
    static boolean lowersNext(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        String said = text.substring(from, at);
        boolean missed = false;
        for (String w : MISSED) missed |= said.contains(w);
        if (!missed) return false;
        int end = at + 1;
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) end++;
        boolean route = false;
        boolean figure = false;
        for (Mention m : mentions) {
            route |= m instanceof Mention.Route && m.start() > at && m.end() <= end;
            figure |= m instanceof Mention.Count && m.start() > at && m.end() <= end;
        }
        // 没赶上车 … 打车去柳州也不现实 算了不去了: with no figure of its own, the drop-out is read with the people named.
        String rest = text.substring(at + 1, end);
        return route
                && figure
                && (StatementSpans.holds(at + 1, end, hits, Cue.FEWER)
                        || rest.contains("不去")
                        || rest.contains("去不了")
                        || rest.contains("不参加"));
    }

    /** Whether the message gives the visit up after the clause ({@code from}) that says the bus was missed. */
    static boolean said(String text, int from, List<Clause> clauses) {
        if (from < 0 || from > text.length()) return false;
        for (String w : GIVE_UP) if (text.indexOf(w, from) >= 0) return true;
        boolean lowered = false;
        for (Clause c : clauses) {
            if (c.end <= from) continue;
            if (c.has(Cue.REQUEST) || c.has(Cue.NEED)) return false;
            lowered |= lowersRoute(c, from);
        }
        return lowered;
    }

    /** 北海线少一个, 不去百色了: a route named, with fewer people or a drop-out, from {@code from} on. */
    private static boolean lowersRoute(Clause c, int from) {
        if (c.question || c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED)) return false;
        boolean route = c.all(Mention.Route.class).stream().anyMatch(r -> r.start() >= from);
        if (!route) return false;
        VisitWords.Word drop = VisitDropWords.drop(c);
        return c.has(Cue.FEWER) && c.at(Cue.FEWER) >= from || drop != null && drop.at() >= from;
    }
}

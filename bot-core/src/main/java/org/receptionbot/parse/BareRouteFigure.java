package org.receptionbot.parse;

import java.util.List;

/**
 * "河南百色线6个 有一个临时要回郑州 5个", "北海4个 有个处长下午回武汉 3个": a route's figure, then someone of the delegation
 * leaving or dropping out, then a figure alone at the end of the message: that last figure is the route's count now, a
 * statement of its own (the route is the one said before), and the people leaving stay their own statement. A figure
 * with anything more after it (3个吃饭, 3个明天走) is not this.
 */
final class BareRouteFigure {
    /** What may close the lone figure: particles only. */
    private static final String CLOSING = "了啦吧哈呢。.！!";

    private BareRouteFigure() {}

    /** Whether the space at {@code at} ends people leaving since {@code from} and opens the route's figure alone. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!StatementSpans.holds(from, at, hits, Cue.DEPART)
                && !VisitTurnChanges.leaving(text, from, at)
                && !VisitTurnChanges.droppedOut(text, from, VisitTurnChanges.routeCut(text, mentions, from, at)))
            return false;
        return loneFigure(text, at + 1, mentions) && routeFigureBefore(from, mentions);
    }

    /** A figure right at {@code at} with only particles after it to the end of the message. */
    private static boolean loneFigure(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() != at || !(m instanceof Mention.Count)) continue;
            for (int i = m.end(); i < text.length(); i++) if (CLOSING.indexOf(text.charAt(i)) < 0) return false;
            return true;
        }
        return false;
    }

    /** A route with a figure right after it, said before {@code from}. */
    private static boolean routeFigureBefore(int from, List<Mention> mentions) {
        for (Mention r : mentions) {
            if (!(r instanceof Mention.Route) || r.end() > from) continue;
            for (Mention m : mentions)
                if (m instanceof Mention.Count && m.start() >= r.end() && m.start() <= r.end() + 1 && m.end() <= from)
                    return true;
        }
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;

/**
 * Whether people drop out of a route between its first figure and the one said last: read as a change, or only
 * said in the words between ({@link RouteFigureAtEnd}).
 */
final class RouteDropOuts {
    private RouteDropOuts() {}

    /** A drop-out of the route: fewer people on it, going nowhere else. */
    static boolean dropOut(VisitChange c, String route) {
        return route.equals(c.from()) && c.to() == null;
    }

    /** Whether the records drop out just {@code gone} people of the route. */
    static boolean droppedOut(List<Record> records, String route, int gone) {
        for (Record r : records)
            if (r instanceof VisitChange c && dropOut(c, route) && c.count() != null && c.count() == gone) return true;
        return false;
    }

    /**
     * "6个 有一个身体不舒服不去了 5个", "6个 有个处长临时有会 去不了 5个": whether the words between the route's first
     * figure and its last say {@code gone} people drop out (a drop-out word, and the people said as that many,
     * or as someone when one is gone), though no change was read from them.
     */
    static boolean saysDropOut(
            List<Clause> clauses, List<Mention> mentions, Mention.Count first, Mention.Count last, int gone) {
        boolean drop = false;
        for (Clause c : clauses) {
            if (c.end <= first.end() || c.start >= last.start()) continue;
            VisitWords.Word w = VisitDropWords.drop(c);
            drop |= w != null && w.at() > first.end() && w.end() <= last.start();
        }
        if (!drop) return false;
        Integer said = null;
        for (Mention m : mentions)
            if (m instanceof Mention.Count n && n.start() >= first.end() && n.end() <= last.start()) {
                if (said != null) return false;
                said = n.value();
            }
        return said == null ? gone == 1 : said == gone;
    }
}

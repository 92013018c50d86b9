package org.receptionbot.parse;

import java.util.List;

/**
 * "我们广西厅12个到了 正在报到 考察这块百色北海柳州各3个", "晚饭1个人其余6个去柳州": a report of its own (people
 * arriving or leaving, a meal's figure) and then, past a space or at 其余/剩下, the visit figures. Two
 * statements: the report, then the visit, which a lead-in of visit words (考察这块, 考察那个 嗯) belongs to.
 */
final class VisitAfterReport {
    private VisitAfterReport() {}

    /** Where the visit statement begins, or -1 when the clause is not a report followed by one. */
    static int split(Clause c) {
        if (c.all(Mention.Route.class).isEmpty()) return -1;
        int route = c.all(Mention.Route.class).get(0).start();
        int at = segmentStart(c, route);
        if (at <= c.start) return -1;
        at = leadIn(c, at);
        if (at <= c.start || !reportBefore(c, at) || !visitAfter(c, at)) return -1;
        return at;
    }

    /**
     * "北海线4个人里面有1个临时有会 不去了 柳州线加1个": a drop-out, then past a space another route with its own
     * change (加, 少) and figure: where that route's statement begins, or -1.
     */
    static int nextChange(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        for (int i = 1; i < routes.size(); i++) {
            // 北海不去了 另外柳州加1个: the statement starts after the space before the route.
            int at = c.text.lastIndexOf(' ', routes.get(i).start() - 1) + 1;
            if (at <= routes.get(i - 1).end() || at - 1 < c.start) continue;
            Clause head = c.head(at);
            Clause tail = c.tail(at);
            if (VisitDropWords.drop(head) != null
                    && VisitSwitchWords.switching(head) == null
                    && (tail.has(Cue.ADD) || tail.has(Cue.FEWER))
                    && !tail.all(Mention.Count.class).isEmpty()) return at;
        }
        return -1;
    }

    /** The start of the stretch holding the route: after the last space before it, or at 其余/剩下. */
    private static int segmentStart(Clause c, int route) {
        int rest = c.at(Cue.REST);
        int space = c.text.lastIndexOf(' ', route - 1);
        int at = space >= c.start ? space + 1 : -1;
        if (rest > c.start && rest < route && rest > at) at = rest;
        return at;
    }

    /** 考察这块, 考察那个 嗯: space-separated words before the route that only lead in to it. */
    private static int leadIn(Clause c, int at) {
        while (true) {
            int end = at - 1;
            while (end > c.start && c.text.charAt(end - 1) == ' ') end--;
            int space = c.text.lastIndexOf(' ', end - 1);
            int from = Math.max(space + 1, c.start);
            if (from >= end || from <= c.start || !leadWords(c, from, end)) return at;
            at = from;
        }
    }

    private static boolean leadWords(Clause c, int from, int end) {
        for (Mention m : c.mentions) if (m.start() < end && m.end() > from) return false;
        String s = c.text.substring(from, end);
        if (s.length() <= 2 && s.chars().allMatch(ch -> Filler.CHARS.indexOf(ch) >= 0 || "嗯呃啊哦额那".indexOf(ch) >= 0))
            return true;
        return s.startsWith("考察") || s.startsWith("参观") || s.startsWith("调研");
    }

    /** People arriving or leaving with their figure (or named one by one: 李处到酒店了), or a meal's figure; no route. */
    private static boolean reportBefore(Clause c, int at) {
        Clause head = c.head(at);
        if (!head.all(Mention.Route.class).isEmpty()) return false;
        Draft.Kind move = MovementRules.kind(head);
        if (head.all(Mention.Count.class).isEmpty())
            return move != null && !head.has(Cue.CHANGE) && namedMover(head, move);
        return !head.all(Mention.Meals.class).isEmpty() || move != null && !head.has(Cue.CHANGE);
    }

    private static boolean namedMover(Clause head, Draft.Kind move) {
        return PersonSubject.before(head, head.at(move == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART)) != null;
    }

    /**
     * A route with a figure, or the whole group going (北海线6个人全去); or the old plan of the people who just moved
     * (江西那位同志到山庄了 他原来报的百色), whose change follows.
     */
    private static boolean visitAfter(Clause c, int at) {
        Clause tail = c.tail(at);
        if (!tail.all(Mention.Meals.class).isEmpty()) return false;
        return !tail.all(Mention.Count.class).isEmpty() || VisitOldWords.oldRoute(tail) != null;
    }
}

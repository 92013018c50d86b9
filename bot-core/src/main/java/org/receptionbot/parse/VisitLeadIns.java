package org.receptionbot.parse;

/**
 * A lead-in before a colon that only says who tells or what is told ("报到处登记：山西厅5位都报柳州线",
 * "宁波、青岛两个市局都确认了：宁波百色3人"): no route is named in it, and a visit statement with a route
 * and a figure follows. Its words (报到, 两个市局) are no part of the statement. A delegation named in the
 * lead-in is the statement's unless the statement names its own ("住建部考察安排：北海线6人" keeps it whole).
 */
final class VisitLeadIns {
    private VisitLeadIns() {}

    /** The clause after the lead-in, or the clause itself when it has none. */
    static Clause body(Clause c) {
        int colon = colon(c);
        if (colon < 0) return c;
        boolean route = false;
        boolean figure = false;
        boolean namedBefore = false;
        boolean namedAfter = false;
        for (Mention m : c.mentions) {
            if (m.start() < colon && m instanceof Mention.Route) return c;
            if (m.start() < colon) namedBefore |= m instanceof Mention.Team;
            else {
                route |= m instanceof Mention.Route;
                figure |= m instanceof Mention.Count;
                namedAfter |= m instanceof Mention.Team;
            }
        }
        return route && figure && (namedAfter || !namedBefore) ? c.tail(colon + 1) : c;
    }

    /** Where the clause's first colon is, within its first few words; -1 when none. */
    private static int colon(Clause c) {
        for (int i = c.start; i < Math.min(c.end, c.start + 20); i++) {
            char ch = c.text.charAt(i);
            if (ch == ':' || ch == '：') return i;
        }
        return -1;
    }
}

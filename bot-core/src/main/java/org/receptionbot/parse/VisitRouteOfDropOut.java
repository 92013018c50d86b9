package org.receptionbot.parse;

import java.util.List;

/**
 * "河北厅一位代表晕车，在服务区下车了，不去北海了": people who dropped out with no route said (got off a route's bus on the
 * way), then in the next clause the route they no longer go on, said of no one new: the same people, so the route is
 * the one the drop-out before leaves, no second drop-out. A clause naming people, a figure or a delegation of its own
 * (另外还有两位不去北海了, 江西一位不去北海了), or another one (也, 另外, 还有), is a drop-out of its own.
 */
final class VisitRouteOfDropOut {
    private VisitRouteOfDropOut() {}

    /** What marks other people than the ones before. */
    private static final String[] OTHERS = {"也", "另", "还有", "其他", "其余", "别的"};

    /** Sets {@code from} on the drop-out with no route just before {@code c}, when {@code c} restates it; whether it did. */
    static boolean restated(Clause c, String from, Drafts drafts) {
        if (from == null || !c.teams().isEmpty() || !c.all(Mention.Count.class).isEmpty()) return false;
        if (VisitPersons.persons(c) > 0 || c.all(Mention.Route.class).size() != 1) return false;
        String said = c.text.substring(c.start, c.end);
        for (String w : OTHERS) if (said.contains(w)) return false;
        List<Draft> last = drafts.lastStatement();
        if (last.isEmpty()) return false;
        for (Draft d : last)
            if (d.kind != Draft.Kind.VISIT_CHANGE || d.from != null || d.to != null || d.count == null) return false;
        for (Draft d : last) d.from = from;
        return true;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * "北海线还要看一个再生水厂 回程推迟到7点半", "北海那边回程推迟了赶不上": a route's trip back to the venue put off or
 * moved is the visit's own timing, no delegation leaving the event; with no train or flight it gives no departure.
 */
final class RouteReturn {
    /** The trip back moved. */
    private static final String[] MOVED = {
        "回程推迟", "回程延后", "回程延迟", "回程提前", "回程改", "回程晚", "返程推迟", "返程延后", "返程延迟", "往回走推迟", "回来推迟", "回来晚"
    };

    private RouteReturn() {}

    /** Takes out the departures that only say a route's trip back was moved. */
    static void drop(Drafts drafts, List<Clause> clauses) {
        boolean route = false;
        for (Clause c : clauses) route |= !c.all(Mention.Route.class).isEmpty();
        if (route) drafts.dropIf(RouteReturn::moved);
    }

    private static boolean moved(Draft d) {
        if (d.kind != Draft.Kind.DEPARTURE || d.transport != null) return false;
        for (String w : MOVED) if (d.statement.contains(w)) return true;
        return false;
    }
}

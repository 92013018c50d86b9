package org.receptionbot.parse;

import java.util.List;

/**
 * "考察车辆安排：…部领导坐9号车跟北海线走", "党校借的那台中巴，就是15号车，实到12人，跟北海线走", "11号车调去跟北海线":
 * a bus going with a route, said for no delegation and with no people counted or named, is a vehicle plan,
 * not people joining the route: no visit statement. People said on the bus before the route (9号车的人改去北海)
 * are people all the same.
 */
final class BusWithRoute {
    /** Words for a bus when no number names it. */
    private static final String[] BUS = {"号车", "中巴", "大巴", "考斯特", "面包车", "商务车", "那辆车", "这辆车", "那台车", "这台车"};

    /** People said on the bus (9号车的人, 车上人员): they, not the bus, go with the route. */
    private static final String[] PEOPLE = {"的人", "人员", "同志", "的几位", "的几个"};

    private BusWithRoute() {}

    /** Whether {@code c} sends a bus along its one route ({@code routes}), with no one said. */
    static boolean said(Clause c, List<Mention.Route> routes, Reading reading, ClauseState state) {
        if (routes.size() != 1 || !c.all(Mention.Count.class).isEmpty() || VisitPersons.named(c) > 0) return false;
        if (VisitDropWords.drop(c) != null || !reading.who(c, state).contains(null)) return false;
        String text = reading.original();
        int route = Math.min(routes.get(0).start(), text.length());
        int bus = -1;
        for (String w : BUS) {
            int at = text.lastIndexOf(w, route - w.length());
            if (at >= 0) bus = Math.max(bus, at + w.length());
        }
        if (bus < 0) return false;
        String between = text.substring(bus, route);
        for (String w : PEOPLE) if (between.contains(w)) return false;
        return true;
    }
}

package org.receptionbot.parse;

import org.receptionbot.event.VisitRoute;

/**
 * "4号车这边有两个同志临时说不去了", "（1号车实到38人。）重庆厅有1人说不去了": on a route's day, people who
 * drop out at one of its buses, with no route named, drop out of the visit: the bus (in the clause or named
 * before) sets the visit as the matter, not the route they leave, which stays null.
 */
final class VisitBusDropOut {
    private VisitBusDropOut() {}

    /** Whether {@code c} says people no longer go, at a bus some route of the day uses. */
    static boolean said(Clause c, ClauseState state, Reading reading) {
        if (c.question || VisitDropWords.drop(c) == null || !dropEnds(c)) return false;
        if (c.all(Mention.Count.class).isEmpty() && OnePerson.described(c) == 0) return false;
        Mention.Vehicle bus = c.all(Mention.Vehicle.class).isEmpty()
                ? state.vehicle()
                : c.all(Mention.Vehicle.class).get(0);
        if (bus == null) return false;
        for (VisitRoute r : reading.lexicon().event.visits())
            if (r.date().equals(reading.today()) && r.uses(bus.id())) return true;
        return false;
    }

    /** "7号车：贵州厅一位同志…", "4号车上湖南有一位…": the bus, then the delegation whose people are said on it. */
    static boolean teamAfter(Clause c, Mention.Vehicle v) {
        int at = v.end();
        while (at < c.end && "：: 上".indexOf(c.text.charAt(at)) >= 0) at++;
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() == at) return true;
        return false;
    }

    /** 说不去了, 不参加了: the drop word ends its phrase (不去党校了 names somewhere else). */
    private static boolean dropEnds(Clause c) {
        VisitWords.Word w = VisitDropWords.drop(c);
        int at = w.end();
        if (at < c.end && c.text.charAt(at) == '了') at++;
        return at >= c.end || Clause.SEPARATORS.indexOf(c.text.charAt(at)) >= 0;
    }
}

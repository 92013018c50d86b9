package org.receptionbot.parse;

/**
 * "天津4个人都去百色 中午在酒店吃完再走", "北海线我们去3个 吃完饭就走": right after a sign-up for a site-visit route, a bare
 * 走 or 出发 with nothing of a trip away (no day, train, flight, terminal, home city, no people of its own) is setting off
 * for that route: the people stay at the event and no departure is recorded.
 */
final class OffToVisit {
    /** Words that make the leaving a trip of its own: from a place, ahead of the others, back. */
    private static final String[] OWN_TRIP = {"从", "先", "回", "离开", "离会", "返", "撤", "提前"};

    private OffToVisit() {}

    /**
     * Whether the departure {@code c} names is the delegation setting off for the route of {@code last}, a sign-up
     * (VISIT) or a switch to a route, of the same delegation.
     */
    static boolean test(Clause c, Draft last) {
        if (last == null || c.question) return false;
        boolean joins = last.kind == Draft.Kind.VISIT && last.route != null
                || last.kind == Draft.Kind.VISIT_CHANGE && last.to != null;
        if (!joins || c.at(Cue.DEPART) < 0) return false;
        if (c.hasOtherThan(Cue.DEPART, "走") && c.hasOtherThan(Cue.DEPART, "出发")) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Count.class).isEmpty()) return false;
        for (String team : c.teams()) if (!team.equals(last.team)) return false;
        String s = c.span();
        if (SiteOuting.away(s) || VisitDropOutLeavers.goesHome(c)) return false;
        for (String w : OWN_TRIP) if (s.contains(w)) return false;
        return true;
    }
}

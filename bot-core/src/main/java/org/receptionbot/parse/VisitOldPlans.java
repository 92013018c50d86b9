package org.receptionbot.parse;

import java.util.List;

/**
 * The old plan said in a message and what it does to the visit statements around it: "原报百色3人"
 * (kept for the change that follows), "他原来报的是百色线" (the route a change just read left), "柳州线
 * 报6个人 本来7个" (the figure now, and how many fewer), "比原计划少1人" after a visit figure (its reason).
 * One per message.
 */
final class VisitOldPlans {
    private final Reading reading;
    /** The old plan said earlier in the message (原报百色3人), for the change that follows it. */
    private OldPlan oldPlan;
    /** How many fewer than planned the clause before said go (报6个人 本来7个: 1), whom the next clause may explain. */
    private int shortBy;

    /** The old plan; {@code routes} all the routes it named (本来北海4个柳州2个), the first being {@code route}. */
    private record OldPlan(String team, String route, Integer count, List<String> routes) {
        OldPlan(String team, String route, Integer count) {
            this(team, route, count, List.of(route));
        }
    }

    VisitOldPlans(Reading reading) {
        this.reading = reading;
    }

    /** Keeps a route's group said before (百色那4个) as the old plan of the change that follows it. */
    void hold(String team, String route, Integer count) {
        oldPlan = new OldPlan(team, route, count);
    }

    /** Whether an old plan waits for the change that follows it. */
    boolean pending() {
        return oldPlan != null;
    }

    /** The route of the old plan that waits, or null. */
    String route() {
        return oldPlan == null ? null : oldPlan.route();
    }

    /** How many fewer than planned the clause before said go; taken once. */
    int takeShortBy() {
        int n = shortBy;
        shortBy = 0;
        return n;
    }

    /** The old plan's people, left waiting; null when there is none or it has no figure. */
    Integer count() {
        return oldPlan == null ? null : oldPlan.count();
    }

    /** The old plan's people, taken by the change that follows it; null when there is none. */
    Integer takeCount() {
        OldPlan p = oldPlan;
        oldPlan = null;
        return p == null ? null : p.count();
    }

    /** Reads a clause that says the old plan (and no switch or drop-out); whether it is placed. */
    boolean read(Clause c, List<Mention.Route> routes, ClauseState state, Drafts drafts) {
        Draft last = drafts.last();
        // 北海线5人，比原计划少1人: the old plan beside a visit figure only explains it.
        if (routes.isEmpty()) return VisitRules.afterVisit(drafts);
        // 李处改去柳州，原来他报的北海; 李明处长不参加明天下午考察，原报柳州线: the route the change before left.
        boolean dropped = last != null
                && last.to == null
                && routes.size() == 1
                && c.all(Mention.Count.class).isEmpty();
        if (last != null && last.kind == Draft.Kind.VISIT_CHANGE && last.from == null && (last.to != null || dropped)) {
            for (Draft d : drafts.lastStatement()) d.from = routes.get(0).id();
            return true;
        }
        // 北海线原报6位 现在改8位: the figure said after the old plan's, with a word of change, is the figure now.
        Integer now = VisitOldWords.figureNow(c);
        if (now != null && routes.size() == 1 && !reading.who(c, state).contains(null)) {
            String route = routes.get(0).id();
            return new VisitChanges(reading, c, state, drafts, 0)
                    .each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, now));
        }
        // 柳州线报6个人 本来7个: the figure said before the old plan's is the route's figure now.
        int[] said = VisitFigures.newThenOld(c);
        if (said != null && routes.size() == 1 && !reading.who(c, state).contains(null)) {
            String route = routes.get(0).id();
            shortBy = said[1] - said[0];
            return new VisitChanges(reading, c, state, drafts, 0)
                    .each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, said[0]));
        }
        List<String> who = reading.who(c, state);
        List<String> ids = routes.stream().map(Mention.Route::id).toList();
        oldPlan = new OldPlan(who.get(0), ids.get(0), VisitPersons.said(c), ids);
        return true;
    }

    /**
     * "北海线原来报3人，现在去2个", "(本来报了两个，)现在改三个": with no route named, the first figure said
     * after the old plan is that route's new figure (a VISIT); whether it was one.
     */
    boolean now(Clause c, List<Mention.Route> routes, VisitChanges changes) {
        if (!routes.isEmpty() || oldPlan == null || !VisitJoinWords.joins(c) && !VisitOldWords.changed(c)) return false;
        List<Mention.Count> said = c.all(Mention.Count.class);
        Integer n = said.isEmpty()
                ? VisitPersons.said(c)
                : Integer.valueOf(said.get(0).value());
        if (n == null) return false;
        List<String> all = oldPlan.routes();
        // (本来北海4个柳州2个，)现在调成各3个: one figure for each route of the old plan; without 各 it is asked.
        if (all.size() > 1) {
            if (said.size() != 1 || !c.span().contains("各")) return false;
            oldPlan = null;
            for (String r : all) changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, r, n));
            return true;
        }
        String route = oldPlan.route();
        oldPlan = null;
        return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, n));
    }

    /** Whether the event's plan has no one of the delegation on the route. */
    static boolean unplanned(Reading reading, String team, String route) {
        if (team == null || route == null) return false;
        for (org.receptionbot.event.VisitRoute r : reading.lexicon().event.visits())
            if (r.id().equals(route)) return r.planned(team) == 0;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * Site-visit statements: people of a delegation on a route (VISIT), joining, switching or dropping
 * out (VISIT_CHANGE). A route is named by its name or alias from the event file; a clause that names
 * a meal, a vehicle or a head count is none of these, and neither is a movement. What carries from
 * clause to clause is kept by the families: lists ({@link VisitLists}), the old plan
 * ({@link VisitOldPlans}), buses ({@link VisitBuses}), people named before; what the clause itself says is
 * read by {@link VisitStatements}.
 */
final class VisitRules {
    private final Reading reading;
    private final VisitLists lists;
    private final VisitOldPlans plans;
    private final VisitBuses buses;
    private final VisitTeamFigures teamFigures = new VisitTeamFigures();
    private final RouteFigureNow figureNow = new RouteFigureNow();
    private final VisitStatements statements;
    /** The people the clause before named one by one (李处身体不舒服，不去考察了). */
    private int namedBefore;
    /** Whether the clause before made a visit statement, which a bare figure may complete. */
    private boolean placedBefore;
    /** The clause that made the visit statement before, whose group a part of may change (百色那4个). */
    private Clause placedClause;

    VisitRules(Reading reading) {
        this.reading = reading;
        this.lists = new VisitLists(reading);
        this.plans = new VisitOldPlans(reading);
        this.buses = new VisitBuses(reading.original());
        this.statements = new VisitStatements(reading, plans, teamFigures);
    }

    /** Places the clause's visit statement, if it makes one; whether it did. */
    boolean place(Clause said, List<String> meant, ClauseState state, Drafts drafts) {
        if (!reading.lexicon().hasRoutes()) return false;
        Clause c = VisitLeadIns.body(said);
        // 柳州这边门卫说湖北有1位不在名单上: someone refused at the door is no one on a route.
        if (GateRefusals.said(c)) return false;
        teamFigures.next(c);
        // 湖北柳州线有2个上午回武汉了 现在4个: the route's figure now, after people left it.
        Integer now = figureNow.next(c, distinct(c.all(Mention.Route.class)));
        if (now != null && meant.isEmpty()) {
            String route = figureNow.route();
            new VisitChanges(reading, c, state, drafts, namedBefore)
                    .each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, now));
            Draft placed = drafts.last();
            drafts.dropIf(x -> RouteFigureNow.replaced(x, placed));
            List<Draft> all = drafts.since(0);
            VisitSwitchRemainder.fill(c, all, all.size() - 1);
            return true;
        }
        // 其他人不去了: the rest are not the ones named before.
        int named = c.has(Cue.REST) ? 0 : namedBefore;
        // 有个同志吃坏肚子了 跑了好几趟厕所 下午百色去不了: a clause naming nobody and no figure keeps them.
        note(c);
        lists.next();
        boolean follows = placedBefore;
        placedBefore = false;
        int fewerThanPlanned = plans.takeShortBy();
        int riders = buses.next();
        if (!meant.isEmpty()) return false;
        // 北海线那个多报的撤了 还是3个: the route's figure taken back down, never people leaving.
        if (RouteOverReported.place(reading, c, state, drafts, named)) {
            placedBefore = true;
            placedClause = c;
            return true;
        }
        if (buses.place(c, drafts)) {
            if (buses.aboard() > 0) namedBefore = buses.aboard();
            return true;
        }
        if (follows
                && (VisitFollowUps.completes(c, drafts)
                        || VisitDropOutLeavers.reason(c, drafts)
                        || VisitFollowUps.pending(c, drafts)
                        || VisitFollowUps.left(c, drafts)
                        || VisitFollowUps.goesInstead(c, drafts)
                        || VisitMovedFrom.after(c, placedClause, drafts)
                        || VisitFollowUps.whyFewer(c, fewerThanPlanned)
                        || VisitFollowUps.owner(c, drafts)
                        || VisitLeftOnWay.backAfter(c, reading, drafts))) return true;
        // (有两位临时不去了，)一个湖南的，一个江西的: each part's delegation, said after the statement.
        if (VisitOwnerParts.claim(c, reading, drafts)) return true;
        // 内蒙古5人 北海线去四个 有一个同志明天有事不去: the one left out of the route's figure, no change of it.
        if (follows && VisitSubsets.remainder(placedClause, drafts.lastStatement(), c)) return true;
        // 百色那4个 有1个说不去了: the group before is the route the part leaves, no figure of its own.
        Integer part = follows && !reading.defers() ? VisitSubsets.part(placedClause, drafts.lastStatement(), c) : null;
        String partLeaves = null;
        if (part != null) {
            Draft group = drafts.dropLastStatement().get(0);
            plans.hold(group.team, group.route, part);
            // 百色那6个 有1个想去北海: the part goes to another route with no word of switching: it leaves the group's.
            if (VisitSwitchWords.switching(c) == null && VisitDropWords.drop(c) == null) partLeaves = group.route;
        }
        List<Mention.Route> routes = distinct(c.all(Mention.Route.class));
        if (lists.place(c, routes, state, drafts)) return true;
        int before = drafts.size();
        boolean placed = statements.read(c, routes, named, riders, state, drafts);
        if (placed && partLeaves != null) VisitSubsets.switchPart(drafts, before, partLeaves);
        if (placed) teamFigures.spread(c, drafts, before, reading.original());
        if (placed && drafts.size() > before && VisitPairs.merge(drafts, before, VisitSwitchWords.switching(c) != null))
            return true;
        if (placed && drafts.size() > before) {
            List<Draft> all = drafts.since(0);
            VisitSwitchRemainder.fill(c, all, before);
            List<Draft> revised = List.copyOf(all.subList(before, all.size()));
            VisitRevisions.replaceEarlier(c, all.subList(0, before), revised);
            if (VisitRevisions.resulting(c)) drafts.dropIf(d -> VisitRevisions.switchLeading(d, revised));
        }
        placedBefore = placed && drafts.size() > before;
        placedClause = placedBefore ? c : null;
        if (placedBefore && routes.size() == 1) lists.placed(c, routes.get(0), drafts.last());
        return placed;
    }

    /**
     * A clause that reports nothing still names the people a change after it is about (张处接到通知要开视频会，
     * 百色线不去了: 1).
     */
    void passed(Clause said) {
        if (reading.lexicon().hasRoutes()) note(VisitLeadIns.body(said));
    }

    private void note(Clause c) {
        int persons = VisitPersons.named(c);
        if (persons > 0 || !c.teams().isEmpty() || !c.all(Mention.Count.class).isEmpty()) namedBefore = persons;
    }

    /** "上了北海的车 就让他跟着去北海": a route named again is the same route, its first mention. */
    private static List<Mention.Route> distinct(List<Mention.Route> routes) {
        List<Mention.Route> first = new java.util.ArrayList<>();
        for (Mention.Route r : routes) if (first.stream().noneMatch(f -> f.id().equals(r.id()))) first.add(r);
        return first;
    }

    /** "北海线报名接龙": the route of a list's header, for its lines ("湖南 3"). */
    void header(Clause c) {
        lists.header(c);
    }

    static boolean afterVisit(Drafts drafts) {
        Draft last = drafts.last();
        return last != null && (last.kind == Draft.Kind.VISIT || last.kind == Draft.Kind.VISIT_CHANGE);
    }
}

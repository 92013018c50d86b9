package org.receptionbot.parse;

import java.util.List;

/**
 * Site-visit statements: people of a delegation on a route (VISIT), joining, switching or dropping
 * out (VISIT_CHANGE). A route is named by its name or alias from the event file; a clause that names
 * a meal, a vehicle or a head count is none of these, and neither is a movement.
 */
final class VisitRules {
    private final Reading reading;
    /** The old plan said earlier in the message (原报百色3人), for the change that follows it. */
    private OldPlan oldPlan;
    /** The people the clause before named one by one (李处身体不舒服，不去考察了). */
    private int namedBefore;
    /** The route of the list being read: the last single route given a figure, or a header's. */
    private String listRoute;
    /** The change a list's header says (百色线加人：广西2), for its lines (河北1); null when none. */
    private Draft listChange;
    /** The route a statement opened with (北海线这边 江苏厅有两位不去了), for other delegations' changes after it. */
    private Mention.Route topic;

    private List<String> topicTeams = List.of();
    /** How many fewer than planned the clause before said go (报6个人 本来7个: 1), whom the next clause may explain. */
    private int shortBy;
    /** Whether the clause before made a visit statement, which a bare figure may complete. */
    private boolean placedBefore;
    /** The people the clause before said short on a bus, whom a drop-out with nothing of its own is about. */
    private BusDropOuts.Short busShort;
    /** The people of a delegation the clause before said ride a bus (2号车有三个浙江的), whom a route joined is about. */
    private int ridersBefore;

    private record OldPlan(String team, String route, Integer count) {}

    VisitRules(Reading reading) {
        this.reading = reading;
    }

    /** Places the clause's visit statement, if it makes one; whether it did. */
    boolean place(Clause said, List<String> meant, ClauseState state, Drafts drafts) {
        if (!reading.lexicon().hasRoutes()) return false;
        Clause c = VisitLeadIns.body(said);
        // 其他人不去了: the rest are not the ones named before.
        int named = c.has(Cue.REST) ? 0 : namedBefore;
        // 有个同志吃坏肚子了 跑了好几趟厕所 下午百色去不了: a clause naming nobody and no figure keeps them.
        int persons = VisitPersons.persons(c) + VisitPersons.onePerson(c);
        if (persons > 0 || !c.teams().isEmpty() || !c.all(Mention.Count.class).isEmpty()) namedBefore = persons;
        String carried = listRoute;
        listRoute = null;
        boolean follows = placedBefore;
        placedBefore = false;
        int fewerThanPlanned = shortBy;
        shortBy = 0;
        int riders = ridersBefore;
        ridersBefore = 0;
        if (!meant.isEmpty()) return false;
        // 2号车有三个浙江的，他们要去百色: riders of a bus are no head count; the next clause says where they go.
        int aboard = BusRiders.of(c);
        if (aboard > 0) {
            namedBefore = aboard;
            ridersBefore = aboard;
            return true;
        }
        BusDropOuts.Short shortBefore = busShort;
        busShort = BusDropOuts.of(c);
        if (busShort != null && BusDropOuts.dropsOut(c, busShort.at()))
            return BusDropOuts.place(busShort, c, drafts, reading.original());
        if (shortBefore != null && busShort == null && BusDropOuts.dropsOut(c, c.start))
            return BusDropOuts.place(shortBefore, c, drafts, reading.original());
        if (follows
                && (VisitFollowUps.completes(c, drafts)
                        || VisitFollowUps.reason(c, drafts)
                        || VisitFollowUps.pending(c, drafts)
                        || VisitFollowUps.left(c, drafts)
                        || VisitFollowUps.goesInstead(c, drafts)
                        || VisitFollowUps.whyFewer(c, fewerThanPlanned)
                        || VisitFollowUps.owner(c, drafts))) return true;
        List<Mention.Route> routes = distinct(c.all(Mention.Route.class));
        Integer total = carried == null ? null : beforeTotal(c, routes);
        if (carried != null && (listLine(c, routes) || total != null)) {
            listRoute = carried;
            Integer n = total != null ? total : Figures.count(c, -1, false);
            return new VisitChanges(reading, c, state, drafts, 0)
                    .each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, carried, n));
        }
        Draft change = listChange;
        listChange = null;
        if (change != null && listLine(c, routes) && !c.has(Cue.ADD) && !c.has(Cue.FEWER)) {
            listChange = change;
            Integer n = Figures.count(c, -1, false);
            return new VisitChanges(reading, c, state, drafts, 0).each(Draft.Kind.VISIT_CHANGE, d -> {
                d.count = n;
                d.from = change.from;
                d.to = change.to;
            });
        }
        if (routes.isEmpty() && aboutTopic(c)) return new VisitChanges(reading, c, state, drafts, 0).onRoute(topic);
        int before = drafts.size();
        boolean placed = read(c, routes, named, riders, state, drafts);
        placedBefore = placed && drafts.size() > before;
        if (placed && drafts.size() > before && drafts.last().kind == Draft.Kind.VISIT && routes.size() == 1)
            listRoute = routes.get(0).id();
        if (placedBefore && routes.size() == 1) remember(c, routes.get(0), drafts.last());
        return placed;
    }

    /**
     * A change that heads a list (百色线加人：广西2), with the figure right after the delegation, and a
     * statement that opens with its route (北海线这边 江苏厅…): kept for the lines and clauses after it.
     */
    private void remember(Clause c, Mention.Route route, Draft last) {
        if (route.start() == c.start) {
            topic = route;
            topicTeams = c.teams();
        }
        int colon = c.text.indexOf(':', c.start);
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (last.kind == Draft.Kind.VISIT_CHANGE && colon >= 0 && colon < c.end && teams.size() == 1
                && teams.get(0).start() > colon) listChange = last;
    }

    /** "(北海线这边 江苏厅有两位不去了) 上海厅多来一位": another delegation's figure joining or leaving the topic's route. */
    private boolean aboutTopic(Clause c) {
        if (topic == null || c.teams().isEmpty() || topicTeams.containsAll(c.teams())) return false;
        if (c.all(Mention.Count.class).size() != 1 || c.question) return false;
        return VisitWords.more(c) || VisitWords.drop(c) != null || c.has(Cue.FEWER);
    }

    /** "上了北海的车 就让他跟着去北海": a route named again is the same route, its first mention. */
    private static List<Mention.Route> distinct(List<Mention.Route> routes) {
        List<Mention.Route> first = new java.util.ArrayList<>();
        for (Mention.Route r : routes) if (first.stream().noneMatch(f -> f.id().equals(r.id()))) first.add(r);
        return first;
    }

    /** "北海线报名接龙": the route of a list's header, for its lines ("湖南 3"). */
    void header(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        listRoute = routes.size() == 1 ? routes.get(0).id() : null;
    }

    /** "湖北2人", "湖南 3" after a route's figure or header: a delegation and a figure, nothing else. */
    /** "服务中心2 合计15人": a list's last line, the delegation's figure before the list's total; or null. */
    private static Integer beforeTotal(Clause c, List<Mention.Route> routes) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (!routes.isEmpty() || teams.size() != 1 || counts.size() != 2) return null;
        Mention.Count own = counts.get(0);
        if (teams.get(0).start() != c.start
                || !c.text.substring(teams.get(0).end(), own.start()).isBlank()) return null;
        String between = c.text.substring(own.end(), counts.get(1).start()).strip();
        return TOTAL.contains(between) ? own.value() : null;
    }

    private static final List<String> TOTAL = List.of("合计", "共计", "总计", "一共", "总共", "共", "累计");

    private static boolean listLine(Clause c, List<Mention.Route> routes) {
        return routes.isEmpty() && !c.teams().isEmpty() && c.bare() && Figures.count(c, -1, false) != null;
    }

    private boolean read(
            Clause c, List<Mention.Route> routes, int named, int riders, ClauseState state, Drafts drafts) {
        boolean explains = afterVisit(drafts) && VisitOldWords.old(c);
        if (routes.isEmpty() && !VisitWords.context(c) && oldPlan == null && !explains) return false;
        // 柳州线预计4点半到, 北海线一共到了115人: a route's buses, said for no delegation, move none.
        if (!routes.isEmpty()
                && MovementRules.kind(c) != null
                && reading.who(c, state).contains(null)) return true;
        if (c.question || c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED) || c.has(Cue.NOTICE)) return false;
        VisitWords.Word drop = VisitWords.drop(c);
        // 有位老师在北海走丢了: someone lost at a route's place is a problem to act on, no visit statement.
        if (drop == null && VisitWords.switching(c) == null && (c.has(Cue.LOST_WAY) || c.has(Cue.UNREACHABLE) || VisitWords.lost(c)))
            return false;
        VisitSwitches.Move move = VisitSwitches.of(c, VisitWords.switching(c), drop);
        VisitWords.Word switching = move == null ? null : move.switching();
        // 住建部有位副司长从北海线改去柳州 请6号车留个位: a bus beside a switch to a route is no head count.
        boolean toRoute = switching != null && VisitSwitches.joined(c, switching.end(), move.left()) != null;
        // 3号车上有一位湖南的 本来是柳州的 就让她跟着去北海: with the old route named, the bus is where they sit.
        if (counting(c) && !(toRoute && (move.left() != null || !c.has(Cue.HEADCOUNT)))) return false;
        // 能不能在百色那边加房3间: rooms at a route's site are a request, no visit statement; beside a change
        // (改成三个 有一位要在房间赶材料) they are only its reason.
        if (switching == null && drop == null && VisitWords.rooms(c)) return false;
        if (switching == null && drop == null && VisitOldWords.old(c)) return old(c, routes, state, drafts);
        // 昨天北海线我们去了5个: a day gone by is told, not planned.
        if (switching == null && drop == null && VisitOldWords.past(c) && !VisitWords.missed(c)) return true;
        // 柳州线加2人，从百色调过来的: the route the change just read took its people from.
        if (switching == null && drop == null && fromClause(c, routes, drafts)) return true;
        VisitChanges changes = new VisitChanges(reading, c, state, drafts, named);
        if (switching != null) {
            String from = move.left() != null ? move.left().id() : from(routes, switching);
            return changes.moveTo(switching, move.left(), from, takeOldCount());
        }
        // 北海线之前漏报了一个: people left out of the report join the route.
        if (VisitWords.missed(c) && !routes.isEmpty()) return changes.join(routes.get(0));
        boolean fewer = c.has(Cue.FEWER) && !routes.isEmpty();
        if (drop != null || fewer) {
            String from = routes.isEmpty()
                    ? oldPlan == null ? null : oldPlan.route()
                    : routes.get(0).id();
            return changes.dropOut(from, takeOldCount());
        }
        if (c.has(Cue.ADD) && !routes.isEmpty()) return changes.join(routes.get(0));
        if (MovementRules.kind(c) != null) return false;
        // 北海线原来报3人，现在去2个: a figure after the old plan is that route's new figure.
        // 现在去5个 有一位要留下来: the first figure is the route's, what follows explains it.
        List<Mention.Count> said = c.all(Mention.Count.class);
        Integer now = routes.isEmpty() && oldPlan != null && VisitWords.joins(c)
                ? said.isEmpty()
                        ? VisitChanges.figure(c)
                        : Integer.valueOf(said.get(0).value())
                : null;
        if (now != null) {
            String route = oldPlan.route();
            oldPlan = null;
            return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, now));
        }
        // (2号车有三个浙江的，)他们要去百色: the riders join the route they go to.
        if (riders > 0 && routes.size() == 1 && c.teams().isEmpty() && said.isEmpty()
                && VisitSwitches.goingTo(c, routes.get(0))) return changes.join(routes.get(0), riders);
        return new VisitReports(reading, c, state, drafts).report(routes);
    }

    private static boolean afterVisit(Drafts drafts) {
        Draft last = drafts.last();
        return last != null && (last.kind == Draft.Kind.VISIT || last.kind == Draft.Kind.VISIT_CHANGE);
    }

    /** A head count: a vehicle, or counting words (实到, 清点, 上车) besides 人数. */
    private static boolean counting(Clause c) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (!seating(c, v)) return true;
        int at = c.at(Cue.HEADCOUNT);
        return at >= 0 && !c.text.startsWith("人数", at);
    }

    /** "北海线6人（坐9号车）": the vehicle people ride on a route, no head count. */
    private static boolean seating(Clause c, Mention.Vehicle v) {
        if (c.all(Mention.Route.class).isEmpty() || v.start() == 0) return false;
        return "坐乘".indexOf(c.text.charAt(v.start() - 1)) >= 0;
    }

    /** "从百色调过来的" after a change with no route left: that route is the one left. */
    private static boolean fromClause(Clause c, List<Mention.Route> routes, Drafts drafts) {
        Draft last = drafts.last();
        if (routes.size() != 1 || last == null || last.kind != Draft.Kind.VISIT_CHANGE) return false;
        Mention.Route r = routes.get(0);
        if (last.from != null || last.to == null || last.to.equals(r.id())) return false;
        if (r.start() == 0 || c.text.charAt(r.start() - 1) != '从' || !c.teams().isEmpty()) return false;
        for (Draft d : drafts.lastStatement()) d.from = r.id();
        return true;
    }

    /** The route people leave: named before the switching word, else the old plan's. */
    private String from(List<Mention.Route> routes, VisitWords.Word switching) {
        String from = null;
        for (Mention.Route r : routes) if (r.end() <= switching.at()) from = r.id();
        if (from == null && oldPlan != null) from = oldPlan.route();
        return from;
    }

    /**
     * "他原来报的是百色线": the route a change just read left; "原报百色3人": the old plan, for the
     * change that follows; "比原计划少1人" after a visit figure: its reason, nothing more.
     */
    private boolean old(Clause c, List<Mention.Route> routes, ClauseState state, Drafts drafts) {
        Draft last = drafts.last();
        // 北海线5人，比原计划少1人: the old plan beside a visit figure only explains it.
        if (routes.isEmpty()) return afterVisit(drafts);
        if (last != null && last.kind == Draft.Kind.VISIT_CHANGE && last.from == null && last.to != null) {
            for (Draft d : drafts.lastStatement()) d.from = routes.get(0).id();
            return true;
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
        oldPlan = new OldPlan(who.get(0), routes.get(0).id(), VisitChanges.figure(c));
        return true;
    }

    /** The old plan's people, taken by the change that follows it; null when there is none. */
    private Integer takeOldCount() {
        OldPlan p = oldPlan;
        oldPlan = null;
        return p == null ? null : p.count();
    }
}

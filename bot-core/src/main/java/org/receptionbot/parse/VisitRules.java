package org.receptionbot.parse;

import java.util.List;

/**
 * Site-visit statements: people of a delegation on a route (VISIT), joining, switching or dropping
 * out (VISIT_CHANGE). A route is named by its name or alias from the event file; a clause that names
 * a meal, a vehicle or a head count is none of these, and neither is a movement. What carries from
 * clause to clause is kept by the families: lists ({@link VisitLists}), the old plan
 * ({@link VisitOldPlans}), buses ({@link VisitBuses}), people named before.
 */
final class VisitRules {
    private final Reading reading;
    private final VisitLists lists;
    private final VisitOldPlans plans;
    private final VisitBuses buses;
    private final VisitTeamFigures teamFigures = new VisitTeamFigures();
    private final RouteFigureNow figureNow = new RouteFigureNow();
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
    }

    /** Places the clause's visit statement, if it makes one; whether it did. */
    boolean place(Clause said, List<String> meant, ClauseState state, Drafts drafts) {
        if (!reading.lexicon().hasRoutes()) return false;
        Clause c = VisitLeadIns.body(said);
        teamFigures.next(c);
        // 湖北柳州线有2个上午回武汉了 现在4个: the route's figure now, after people left it.
        Integer now = figureNow.next(c, distinct(c.all(Mention.Route.class)));
        if (now != null && meant.isEmpty()) {
            String route = figureNow.route();
            new VisitChanges(reading, c, state, drafts, namedBefore)
                    .each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, now));
            Draft placed = drafts.last();
            drafts.dropIf(x -> RouteFigureNow.replaced(x, placed));
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
        if (buses.place(c, drafts)) {
            if (buses.aboard() > 0) namedBefore = buses.aboard();
            return true;
        }
        if (follows
                && (VisitFollowUps.completes(c, drafts)
                        || VisitFollowUps.reason(c, drafts)
                        || VisitFollowUps.pending(c, drafts)
                        || VisitFollowUps.left(c, drafts)
                        || VisitFollowUps.goesInstead(c, drafts)
                        || VisitFollowUps.whyFewer(c, fewerThanPlanned)
                        || VisitFollowUps.owner(c, drafts))) return true;
        // (有两位临时不去了，)一个湖南的，一个江西的: each part's delegation, said after the statement.
        if (VisitOwnerParts.claim(c, reading, drafts)) return true;
        // 百色那4个 有1个说不去了: the group before is the route the part leaves, no figure of its own.
        Integer part = follows && !reading.defers() ? VisitSubsets.part(placedClause, drafts.lastStatement(), c) : null;
        if (part != null) {
            Draft group = drafts.dropLastStatement().get(0);
            plans.hold(group.team, group.route, part);
        }
        List<Mention.Route> routes = distinct(c.all(Mention.Route.class));
        if (lists.place(c, routes, state, drafts)) return true;
        int before = drafts.size();
        boolean placed = read(c, routes, named, riders, state, drafts);
        if (placed) teamFigures.spread(c, drafts, before, reading.original());
        if (placed && drafts.size() > before && VisitPairs.merge(drafts, before, VisitSwitchWords.switching(c) != null))
            return true;
        if (placed && drafts.size() > before) {
            List<Draft> all = drafts.since(0);
            VisitRevisions.replaceEarlier(c, all.subList(0, before), all.subList(before, all.size()));
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

    private boolean read(
            Clause c, List<Mention.Route> routes, int named, int riders, ClauseState state, Drafts drafts) {
        boolean explains = afterVisit(drafts) && VisitOldWords.old(c);
        if (routes.isEmpty()
                && !VisitWords.context(c)
                && !plans.pending()
                && !explains
                && !VisitBusDropOut.said(c, state, reading)) return false;
        // 柳州线预计4点半到, 北海线一共到了115人: a route's buses, said for no delegation, move none.
        // (柳州这边到了 6号车…四十): a bus counted in it is a head count all the same.
        if (!routes.isEmpty()
                && MovementRules.kind(c) != null
                && reading.who(c, state).contains(null)) return !VisitBuses.counting(c);
        boolean unsure = c.has(Cue.UNSURE) && !VisitSwitchPart.settled(c);
        if (c.question || unsure || c.has(Cue.UNDECIDED) || c.has(Cue.NOTICE)) return false;
        // 刚才有个厅说北海线加2人，是哪个厅的？: passed on for someone unnamed, nothing of the sender's.
        if (reading.who(c, state).contains(null) && HearsayChange.said(c, reading.original())) return true;
        // 部领导坐9号车跟北海线走: a bus sent along a route, no one said, is a vehicle plan.
        if (BusWithRoute.said(c, routes, reading, state)) return true;
        // 刚才那个从百色换北海的同志 又不换了 还是回百色: back to the route the switch left.
        VisitSwitchUndone.Back back = VisitSwitchUndone.of(c);
        if (back != null)
            return new VisitChanges(reading, c, state, drafts, named).each(Draft.Kind.VISIT_CHANGE, d -> {
                d.count = back.count();
                d.from = back.from();
                d.to = back.to();
            });
        VisitWords.Word drop = VisitWords.drop(c);
        // 原来没报考察，现在有1位处长想跟北海线去看看: people not signed up before join the route, an addition.
        if (VisitLateJoin.saidHere(c)) return true;
        if (VisitLateJoin.joins(c, routes, drop) && VisitSwitchWords.switching(c) == null)
            return new VisitChanges(reading, c, state, drafts, named).join(routes.get(0));
        // 下午不参加考察 本来就没报: not going where they never signed up changes nothing.
        if (drop != null && VisitSwitchWords.switching(c) == null && VisitNeverSigned.said(reading.original()))
            return true;
        // 有位老师在北海走丢了: someone lost at a route's place is a problem to act on, no visit statement.
        if (drop == null
                && VisitSwitchWords.switching(c) == null
                && (c.has(Cue.LOST_WAY) || c.has(Cue.UNREACHABLE) || VisitNonStatements.lost(c))) return false;
        VisitWords.Word switchSaid = VisitSwitchWords.switching(c);
        // (原来报北海的4个人，)改两个去百色: part of the old plan said before switches.
        if (switchSaid == null && plans.pending()) switchSaid = VisitSwitchWords.partSwitch(c, plans.count());
        VisitSwitches.Move move = VisitSwitches.of(c, switchSaid, drop);
        VisitWords.Word switching = move == null ? null : move.switching();
        if (VisitAtBus.takenBack(c, VisitSwitchWords.switching(c))) return true;
        // 北海线要再跟2个人 加到4号车上: more people on the route, with the bus they ride, is no head count.
        if (routes.size() == 1 && VisitWords.again(c))
            return new VisitChanges(reading, c, state, drafts, named).join(routes.get(0));
        // 湖北厅柳州线4人已上6号车: a delegation's people on a route getting on its bus are its figure there.
        if (switching == null
                && drop == null
                && routes.size() == 1
                && VisitAtBus.boarded(c, reading.who(c, state), reading.lexicon().event))
            return new VisitReports(reading, c, state, drafts).report(routes, null);
        // 住建部有位副司长从北海线改去柳州 请6号车留个位: a bus beside a switch to a route is no head count.
        boolean toRoute = switching != null && VisitSwitches.joined(c, switching.end(), move.left()) != null;
        // 3号车上有一位湖南的 本来是柳州的 就让她跟着去北海: with the old route named, the bus is where they sit.
        if (VisitBuses.counting(c)
                && !VisitAtBus.scene(c, drop)
                && !(toRoute && (move.left() != null || !c.has(Cue.HEADCOUNT)))) return false;
        // 能不能在百色那边加房3间: rooms at a route's site are a request, no visit statement; beside a change
        // (改成三个 有一位要在房间赶材料) they are only its reason.
        if (switching == null && drop == null && VisitNonStatements.rooms(c)) return false;
        // 今晚在百色住一晚, 有位老师在北海摔了一跤: where people are, no visit statement.
        if (switching == null && drop == null && VisitNonStatements.atPlace(c)) return false;
        // 柳州线我们4个都到了: people of a route at its site now, no sign-up and no arrival.
        if (switching == null && drop == null && MovementSubjects.atRouteSite(c)) return true;
        // 晚饭6个 北海那2个不算: people on a route left out of another figure make no visit statement.
        if (switching == null && drop == null && VisitNonStatements.leftOut(c)) return true;
        if (switching == null && drop == null && VisitOldWords.old(c)) return plans.read(c, routes, state, drafts);
        // 昨天北海线我们去了5个: a day gone by is told, not planned.
        if (switching == null && drop == null && VisitOldWords.past(c) && !VisitWords.missed(c)) return true;
        // 柳州线加2人，从百色调过来的: the route the change just read took its people from.
        if (switching == null && drop == null && VisitSwitches.fromClause(c, routes, drafts)) return true;
        VisitChanges changes = new VisitChanges(reading, c, state, drafts, named);
        // 北海线 四个变三个了: the figure it is changed to is the route's figure now.
        Integer changedTo =
                switching == null && drop == null && routes.size() == 1 ? VisitRevisions.changedTo(c) : null;
        if (changedTo != null) {
            String route = routes.get(0).id();
            return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, changedTo));
        }
        if (switching != null) {
            String from = move.left() != null ? move.left().id() : from(routes, switching);
            Integer old = plans.takeCount();
            // 水利部的2位 下午改去柳州: the delegation's figure said alone just before is who switches.
            if (old == null) old = teamFigures.saidBefore(reading.who(c, state));
            int placedFrom = drafts.size();
            boolean moved = changes.moveTo(switching, move.left(), from, old);
            // 有2个想换到北海线 可以吗: a switch asked about is asked back, not recorded.
            if (AskedSwitch.test(c, reading.original())) AskedSwitch.ask(drafts.since(placedFrom));
            return moved;
        }
        // 北海线之前漏报了一个: people left out of the report join the route.
        if (VisitWords.missed(c) && !routes.isEmpty()) return changes.join(routes.get(0));
        boolean fewer = c.has(Cue.FEWER) && (!routes.isEmpty() || plans.pending());
        if (drop != null || fewer) {
            String from = routes.isEmpty() ? plans.route() : routes.get(0).id();
            return changes.dropOut(from, plans.takeCount());
        }
        if (c.has(Cue.ADD) && !routes.isEmpty()) return changes.join(routes.get(0));
        if (VisitAtBus.goesWith(c) != null) return changes.join(VisitAtBus.goesWith(c));
        // 河南百色线6人里有1人要回单位处理急事，不去了: part of a route's group, dropping out in the clause after,
        // leaves for a reason of its own; the part is kept for the drop-out.
        Integer part = routes.size() == 1 ? VisitFigures.partOf(c) : null;
        if (part != null && VisitWords.dropsNext(c.text, c.end)) {
            plans.hold(reading.who(c, state).get(0), routes.get(0).id(), part);
            return true;
        }
        if (MovementRules.kind(c) != null) return false;
        if (plans.now(c, routes, changes)) return true;
        // 柳州组有个代表晕车了: one person unwell in a route's group, going nowhere, is a problem, no sign-up.
        if (c.has(Cue.HEALTH)
                && routes.size() == 1
                && VisitPersons.named(c) == 1
                && !VisitSwitches.goingTo(c, routes.get(0))) return false;
        List<Mention.Count> said = c.all(Mention.Count.class);
        // (2号车有三个浙江的，)他们要去百色: the riders join the route they go to.
        if (riders > 0
                && routes.size() == 1
                && c.teams().isEmpty()
                && said.isEmpty()
                && VisitSwitches.goingTo(c, routes.get(0))) return changes.join(routes.get(0), riders);
        return new VisitReports(reading, c, state, drafts)
                .report(routes, teamFigures.saidBefore(reading.who(c, state)));
    }

    static boolean afterVisit(Drafts drafts) {
        Draft last = drafts.last();
        return last != null && (last.kind == Draft.Kind.VISIT || last.kind == Draft.Kind.VISIT_CHANGE);
    }

    /** The route people leave: named before the switching word, else the old plan's. */
    private String from(List<Mention.Route> routes, VisitWords.Word switching) {
        String from = null;
        for (Mention.Route r : routes) if (r.end() <= switching.at()) from = r.id();
        if (from == null) from = plans.route();
        return from;
    }
}

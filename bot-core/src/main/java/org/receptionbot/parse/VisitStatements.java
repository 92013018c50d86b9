package org.receptionbot.parse;

import java.util.List;

/**
 * The visit statement of one clause, once {@link VisitRules} has passed over what only carries from the clause
 * before: what is no statement (a movement of a route's buses, rooms, where people are, a day gone by), a
 * switch back, a late join, a switch between routes, a drop-out, a join, the route's figure now, else a report
 * of people on routes.
 */
final class VisitStatements {
    private final Reading reading;
    private final VisitOldPlans plans;
    private final VisitTeamFigures teamFigures;

    VisitStatements(Reading reading, VisitOldPlans plans, VisitTeamFigures teamFigures) {
        this.reading = reading;
        this.plans = plans;
        this.teamFigures = teamFigures;
    }

    /** Places the visit statement {@code c} makes, if any; whether it said one (false: none, read it as something else). */
    boolean read(Clause c, List<Mention.Route> routes, int named, int riders, ClauseState state, Drafts drafts) {
        boolean explains = VisitRules.afterVisit(drafts) && VisitOldWords.old(c);
        // 在服务区下车了 让司机送回南宁了: people who got off a route's bus on the way and went back drop out.
        // 2号车有个同志在服务区下车了 送回酒店了: on a route's bus with no delegation said, the one asked.
        // 江苏百色线有一个同志中途下车回酒店了: the route named is the one they left.
        if (routes.size() <= 1
                && VisitLeftOnWay.said(c, reading)
                && (!reading.who(c, state).contains(null) || VisitLeftOnWay.atRouteBus(c, state, reading))) {
            Integer n = VisitLeftOnWay.people(c, named);
            String from = routes.isEmpty() ? null : routes.get(0).id();
            if (n != null) return new VisitChanges(reading, c, state, drafts, named).dropOut(from, n);
        }
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
        VisitWords.Word drop = VisitDropWords.drop(c);
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
        // 大连有一个没赶上北海的车 怎么办: someone left behind by a route's bus is a problem, no visit statement.
        if (drop == null && VisitSwitchWords.switching(c) == null && RouteBus.leftBehind(c, reading)) return false;
        VisitWords.Word switchSaid = VisitSwitchWords.switching(c);
        // (原来报北海的4个人，)改两个去百色: part of the old plan said before switches.
        if (switchSaid == null && plans.pending()) switchSaid = VisitSwitchWords.partSwitch(c, plans.count());
        VisitSwitches.Move move = VisitSwitches.of(c, switchSaid, drop);
        VisitWords.Word switching = move == null ? null : move.switching();
        if (VisitAtBus.takenBack(c, VisitSwitchWords.switching(c))) return true;
        // 有一个广东的坐错车了 上了柳州线的车: on the wrong bus, not said to stay with its route, changes no route.
        if (VisitAtBus.wrongBusOnly(c, VisitSwitchWords.switching(c))) return true;
        // 北海线要再跟2个人 加到4号车上: more people on the route, with the bus they ride, is no head count.
        if (routes.size() == 1 && VisitJoinWords.again(c))
            return new VisitChanges(reading, c, state, drafts, named).join(routes.get(0));
        // 湖北厅柳州线4人已上6号车: a delegation's people on a route getting on its bus are its figure there.
        if (switching == null
                && drop == null
                && (routes.size() == 1 && VisitAtBus.boarded(c, reading.who(c, state), reading.lexicon().event)
                        || routes.size() > 1
                                && VisitAtBus.eachBoarded(c, reading.who(c, state), reading.lexicon().event)))
            return new VisitReports(reading, c, state, drafts).report(routes, null);
        // 天津4人都在百色车上: people counted on a route's bus go with it.
        if (switching == null && drop == null && routes.size() == 1 && RouteTaken.onItsBus(c, routes.get(0)))
            return new VisitReports(reading, c, state, drafts).report(routes, null);
        // 住建部有位副司长从北海线改去柳州 请6号车留个位: a bus beside a switch to a route is no head count.
        boolean toRoute = switching != null && VisitSwitches.joined(c, switching.end(), move.left()) != null;
        // 3号车上有一位湖南的 本来是柳州的 就让她跟着去北海: with the old route named, the bus is where they sit.
        if (VisitBuses.counting(c)
                && !VisitAtBus.scene(c, drop)
                && !(toRoute && (move.left() != null || !c.has(Cue.HEADCOUNT)))
                && !(toRoute && VisitAtBus.boardedAfterSwitch(c, switching))) return false;
        // 能不能在百色那边加房3间: rooms at a route's site are a request, no visit statement; beside a change
        // (改成三个 有一位要在房间赶材料) they are only its reason.
        if (switching == null && drop == null && VisitNonStatements.rooms(c)) return false;
        // 今晚在百色住一晚, 有位老师在北海摔了一跤: where people are, no visit statement.
        if (switching == null && drop == null && VisitNonStatements.atPlace(c)) return false;
        // 柳州线我们4个都到了: people of a route at its site now, no sign-up and no arrival.
        if (switching == null && drop == null && MovementSubjects.atRouteSite(c)) return true;
        // 晚饭6个 北海那2个不算: people on a route left out of another figure make no visit statement.
        if (switching == null && drop == null && VisitNonStatements.leftOut(c)) return true;
        // 去百色那3个的饭会务组打包了: the people of a route as whose meal it is make no visit statement.
        if (switching == null && drop == null && VisitNonStatements.theirs(c)) return true;
        // 晚饭少5人 都去百色了: the people a meal's figure leaves out, gone to a route, no sign-up.
        if (switching == null && drop == null && RouteAwayForMeal.said(c, routes, drafts)) return true;
        // (晚饭少3个) 就是北海那3个: who the people just counted are, no sign-up.
        if (switching == null && drop == null && VisitNonStatements.namedBack(c)) return true;
        // 有一个跟柳州那边的朋友吃: a route's place where friends are from, no sign-up.
        if (switching == null && drop == null && VisitNonStatements.outsiders(c)) return true;
        if (switching == null && drop == null && VisitOldWords.old(c)) return plans.read(c, routes, state, drafts);
        // 昨天北海线我们去了5个: a day gone by is told, not planned.
        if (switching == null && drop == null && VisitOldWords.past(c) && !VisitJoinWords.missed(c)) return true;
        // 柳州线加2人，从百色调过来的: the route the change just read took its people from.
        boolean movedOver = switching != null && switching.equals(VisitSwitchWords.movedFrom(c));
        if ((switching == null || movedOver) && drop == null && VisitSwitches.fromClause(c, routes, drafts))
            return true;
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
        if (VisitJoinWords.missed(c) && !routes.isEmpty()) return changes.join(routes.get(0));
        // 吉林厅考察少一个人: fewer on the visits, the route not said.
        boolean fewer = c.has(Cue.FEWER) && (!routes.isEmpty() || plans.pending() || VisitWords.fewerOnVisit(c));
        if (drop != null || fewer) {
            String from = routes.isEmpty() ? plans.route() : routes.get(0).id();
            return changes.dropOut(from, plans.takeCount());
        }
        // 湖南北海线去4个 多一个: the figure going, one more only its remark.
        Integer going = routes.size() == 1 ? VisitMoreRemark.going(c) : null;
        if (going != null)
            return changes.each(
                    Draft.Kind.VISIT, d -> VisitChanges.visit(d, routes.get(0).id(), going));
        if (c.has(Cue.ADD) && !routes.isEmpty()) return changes.join(routes.get(0));
        Mention.Route with = VisitAtBus.goesWith(c);
        // 6个人都跟北海线走: all of a figure going with the route is the route's figure.
        Integer all = with == null ? null : GroupWithRoute.figure(c, with);
        if (all != null) return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, with.id(), all));
        if (with != null) return changes.join(with);
        // 河南百色线6人里有1人要回单位处理急事，不去了: part of a route's group, dropping out in the clause after,
        // leaves for a reason of its own; the part is kept for the drop-out.
        Integer part = routes.size() == 1 ? GroupParts.partOf(c) : null;
        if (part != null && VisitDropWords.dropsNext(c.text, c.end)) {
            plans.hold(reading.who(c, state).get(0), routes.get(0).id(), part);
            return true;
        }
        if (MovementRules.kind(c) != null && !RouteTaken.said(c)) return false;
        if (plans.now(c, routes, changes)) return true;
        // 柳州组有个代表晕车了: one person unwell in a route's group, going nowhere, is a problem, no sign-up.
        if (c.has(Cue.HEALTH)
                && routes.size() == 1
                && VisitPersons.named(c) == 1
                && !VisitSwitches.goingTo(c, routes.get(0))) {
            // 福建北海线有个同志身体不舒服 下午不去了: the one unwell is who drops out of the route in the clause after.
            AilingDropOut.hold(c, routes.get(0), reading.who(c, state), plans);
            return false;
        }
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

    /** The route people leave: named before the switching word, else the old plan's. */
    private String from(List<Mention.Route> routes, VisitWords.Word switching) {
        String from = null;
        for (Mention.Route r : routes) if (r.end() <= switching.at()) from = r.id();
        if (from == null) from = plans.route();
        return from;
    }
}

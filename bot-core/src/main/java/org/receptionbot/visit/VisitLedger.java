package org.receptionbot.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Presence;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * The visit arithmetic of one day's routes, a pure function of the event, the day's entries and
 * the movements.
 *
 * <ul>
 *   <li>Start from the event file's plan, lowered by {@link Presence} at each route's departure:
 *       people who left before it or had not arrived by then are taken off the delegation's
 *       routes of that day, from the last in the file's order.
 *   <li>A VISIT sets the delegation's people on its route (the whole delegation: everyone there,
 *       and no one on the day's other routes).
 *   <li>A VISIT_CHANGE takes its people off the route it names as {@code from}; with no {@code
 *       from}, off the one other route of the day where the delegation has people. When it has
 *       people on several, nothing is taken and the change is flagged {@link
 *       VisitFlag#FROM_UNKNOWN} (they are still added to {@code to}). The whole delegation leaves
 *       every such route. Then its people are added to {@code to}, unless they drop out.
 *   <li>Never below zero: taking more than a route has leaves zero, flagged {@link
 *       VisitFlag#BELOW_ZERO}; the people joining {@code to} are still the figure said.
 * </ul>
 */
public final class VisitLedger {
    private final Event event;
    private final BusCounts buses;
    private final PlanAtDeparture plan;
    private final MovementSteps moved;

    public VisitLedger(Event event) {
        this.event = event;
        this.buses = new BusCounts(event);
        this.plan = new PlanAtDeparture(event);
        this.moved = new MovementSteps(plan);
    }

    /**
     * The routes of {@code log}'s day, in the event file's order. Each change's figures are as
     * they stood when it was sent: a movement sent later does not rewrite them.
     *
     * @param allMovements the active movement entries (a departure a drop-out of its message counts is left out:
     *     {@link LeaversDroppedOut})
     */
    public List<RouteList> lists(DayLog log, List<Entry> allMovements) {
        List<Entry> movements = LeaversDroppedOut.without(allMovements, log);
        List<VisitRoute> routes = routesOn(log.day());
        List<Movement> moves = records(movements);
        Set<Movement> asked = SpreadByOwnWord.leavers(routes, log, movements);
        Map<String, Map<String, Integer>> expected = plan.expected(routes, moves, asked);
        VisitFold fold = plan.fold(routes, moves, asked);
        List<VisitStep> steps = new ArrayList<>();
        for (Entry e : log.active()) {
            VisitFold.Applied applied = fold.apply(e.record());
            if (applied == null) continue;
            if (movements.stream()
                    .anyMatch(m -> m.source().at().isAfter(e.source().at()))) applied = then(routes, log, e, movements);
            steps.add(new VisitStep(e, applied.flag(), applied.shifts()));
        }
        steps.addAll(moved.of(routes, log, movements));
        steps.sort(Comparator.comparing(s -> s.entry().source().at()));
        List<RouteList> lists = new ArrayList<>();
        for (VisitRoute r : routes) lists.add(list(r, expected.get(r.id()), fold, steps, log));
        return lists;
    }

    /** What {@code step} did when it was sent: after the day's entries and the movements sent by then. */
    private VisitFold.Applied then(List<VisitRoute> routes, DayLog log, Entry step, List<Entry> movements) {
        List<Entry> then = movements.stream()
                .filter(m -> !m.source().at().isAfter(step.source().at()))
                .toList();
        VisitFold fold = plan.fold(routes, records(then), SpreadByOwnWord.leavers(routes, log, then));
        for (Entry e : log.active()) {
            VisitFold.Applied applied = fold.apply(e.record());
            if (e.id().equals(step.id())) return applied;
        }
        throw new IllegalArgumentException("entry " + step.id() + " is not in the day's log");
    }

    /** The flag a change or report would get if it were applied now after {@code log}'s entries. */
    public VisitFlag trial(DayLog log, List<Entry> allMovements, Record proposed) {
        List<Entry> movements = LeaversDroppedOut.without(allMovements, log);
        List<VisitRoute> routes = routesOn(log.day());
        VisitFold fold = plan.fold(routes, records(movements), SpreadByOwnWord.leavers(routes, log, movements));
        for (Entry e : log.active()) fold.apply(e.record());
        VisitFold.Applied applied = fold.apply(proposed);
        return applied == null ? VisitFlag.NONE : applied.flag();
    }

    /**
     * A delegation's people on a route if {@code proposed} were applied now after {@code log}'s entries: what a
     * message's route figures would leave on the route, before it is recorded.
     */
    public int peopleAfter(
            DayLog log, List<Entry> allMovements, List<Record> proposed, String route, String delegation) {
        List<Entry> movements = LeaversDroppedOut.without(allMovements, log);
        List<VisitRoute> routes = routesOn(log.day());
        VisitFold fold = plan.fold(routes, records(movements), SpreadByOwnWord.leavers(routes, log, movements));
        for (Entry e : log.active()) fold.apply(e.record());
        for (Record r : proposed) fold.apply(r);
        return fold.people(route, delegation);
    }

    private static List<Movement> records(List<Entry> movements) {
        return movements.stream().map(e -> (Movement) e.record()).toList();
    }

    private List<VisitRoute> routesOn(LocalDate day) {
        return event.visits().stream().filter(r -> r.date().equals(day)).toList();
    }

    private RouteList list(
            VisitRoute r, Map<String, Integer> expected, VisitFold fold, List<VisitStep> steps, DayLog log) {
        List<DelegationLine> lines = new ArrayList<>();
        for (String d : r.plan().keySet()) {
            lines.add(new DelegationLine(d, r.planned(d), expected.get(d), fold.people(r.id(), d)));
        }
        for (Delegation d : event.delegations()) {
            if (!r.plan().containsKey(d.id()) && fold.people(r.id(), d.id()) > 0) {
                lines.add(new DelegationLine(d.id(), 0, 0, fold.people(r.id(), d.id())));
            }
        }
        List<VisitStep> changes =
                steps.stream().filter(s -> concerns(s, r, lines)).toList();
        Integer seats = event.seatsOf(r).isPresent() ? event.seatsOf(r).getAsInt() : null;
        return new RouteList(r, lines, changes, buses.of(r, log), seats);
    }

    /**
     * A step belongs to a route it changed or names; a flagged one that changed nothing, to the
     * delegation's routes. One that changed nothing and needs no look (a sign-up repeating the
     * figure held) belongs to none: it is no change.
     */
    private static boolean concerns(VisitStep s, VisitRoute r, List<DelegationLine> lines) {
        if (s.touches(r.id())) return true;
        if (s.shifts().isEmpty() && s.flag() == VisitFlag.NONE) return false;
        Record rec = s.entry().record();
        if (rec instanceof Visit v) return r.id().equals(v.route());
        if (!(rec instanceof VisitChange c)) return false; // a movement belongs to the routes it changed
        if (r.id().equals(c.from()) || r.id().equals(c.to())) return true;
        return s.shifts().isEmpty()
                && lines.stream().anyMatch(l -> l.delegation().equals(c.delegation()) && l.people() > 0);
    }
}

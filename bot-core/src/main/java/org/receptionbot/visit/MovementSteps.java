package org.receptionbot.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Movement;

/**
 * The movements that changed a delegation's route figures, as steps of the routes' histories: the
 * figures just before and just after each, with what was sent by then.
 */
final class MovementSteps {
    private final PlanAtDeparture plan;

    MovementSteps(PlanAtDeparture plan) {
        this.plan = plan;
    }

    List<VisitStep> of(List<VisitRoute> routes, DayLog log, List<Entry> movements) {
        List<VisitStep> steps = new ArrayList<>();
        for (Entry m : movements) {
            String d = m.record().delegation();
            if (d == null || routes.stream().noneMatch(r -> r.plan().containsKey(d)) && !mentioned(log, d)) continue;
            VisitFold before = at(routes, log, movements, m, false);
            VisitFold after = at(routes, log, movements, m, true);
            List<Shift> shifts = new ArrayList<>();
            for (VisitRoute r : routes) {
                int was = before.people(r.id(), d);
                int now = after.people(r.id(), d);
                if (was != now) shifts.add(new Shift(r.id(), was, now));
            }
            if (!shifts.isEmpty()) steps.add(new VisitStep(m, VisitFlag.NONE, shifts));
        }
        return steps;
    }

    /** The routes at {@code m}'s time, with or without it. */
    private VisitFold at(List<VisitRoute> routes, DayLog log, List<Entry> movements, Entry m, boolean with) {
        Instant t = m.source().at();
        List<Entry> then = movements.stream()
                .filter(o -> !o.source().at().isAfter(t) && (with || !o.id().equals(m.id())))
                .toList();
        List<Movement> moves = then.stream().map(o -> (Movement) o.record()).toList();
        VisitFold fold = plan.fold(routes, moves, SpreadByOwnWord.leavers(routes, log, then));
        for (Entry e : log.active()) if (!e.source().at().isAfter(t)) fold.apply(e.record());
        return fold;
    }

    private static boolean mentioned(DayLog log, String delegation) {
        return log.active().stream().anyMatch(e -> delegation.equals(e.record().delegation()));
    }
}

package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.MovementLine.Status;

/** Builds a day's movement board: what was reported, and the plans of the event file against it. */
public final class MovementBoards {
    private final Event event;
    private final Ledger ledger;

    public MovementBoards(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    public MovementBoard board(LocalDate date) {
        List<Movement> reported = ledger.activeMovements().stream()
                .map(e -> (Movement) e.record())
                .toList();
        List<MovementLine> lines = new ArrayList<>();
        for (Delegation d : event.delegations()) {
            lines.addAll(linesOf(d, true, d.arrival(), of(reported, d, true), date));
            lines.addAll(linesOf(d, false, d.departure(), of(reported, d, false), date));
        }
        lines.sort(Comparator.comparing(MovementLine::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return new MovementBoard(date, lines);
    }

    private List<MovementLine> linesOf(
            Delegation d, boolean arrival, Plan plan, List<Movement> reported, LocalDate date) {
        List<MovementLine> lines = new ArrayList<>();
        for (Movement m : reported) {
            if (m.date().equals(date)) lines.add(reportedLine(d, arrival, plan, m));
        }
        if (plan != null && plan.date().equals(date) && lines.isEmpty()) {
            LocalDate elsewhere = reported.isEmpty()
                    ? null
                    : reported.get(reported.size() - 1).date();
            Status status = elsewhere == null ? Status.PLANNED : Status.MOVED;
            lines.add(new MovementLine(
                    plan.time(), d, arrival, people(d, plan.count()), plan.transport(), status, plan, elsewhere));
        }
        return lines;
    }

    private static MovementLine reportedLine(Delegation d, boolean arrival, Plan plan, Movement m) {
        Status status = plan == null ? Status.UNPLANNED : asPlanned(plan, m) ? Status.AS_PLANNED : Status.CHANGED;
        return new MovementLine(m.time(), d, arrival, people(d, m.count()), m.transport(), status, plan, null);
    }

    private static boolean asPlanned(Plan plan, Movement m) {
        return plan.date().equals(m.date())
                && (m.time() == null || m.time().equals(plan.time()))
                && (m.transport() == null || m.transport().equals(plan.transport()))
                && (m.count() == null || plan.count() == null || m.count().equals(plan.count()));
    }

    private static List<Movement> of(List<Movement> reported, Delegation d, boolean arrival) {
        return reported.stream()
                .filter(m -> Objects.equals(m.delegation(), d.id()) && (m instanceof Arrival) == arrival)
                .toList();
    }

    private static int people(Delegation d, Integer count) {
        return count == null ? d.size() : count;
    }
}

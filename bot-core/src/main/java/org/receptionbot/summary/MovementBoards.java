package org.receptionbot.summary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.MovementLine.Status;

/**
 * Builds a day's movement board: what was reported, and the plans of the event file against it. A line
 * for nobody is never shown: the whole delegation's line counts the people not moving in their own groups.
 */
public final class MovementBoards {
    private final Event event;
    private final Ledger ledger;

    public MovementBoards(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    public MovementBoard board(LocalDate date) {
        List<Entry> reported = ledger.activeMovements();
        List<MovementLine> lines = new ArrayList<>();
        for (Delegation d : event.delegations()) {
            lines.addAll(linesOf(d, true, d.arrival(), standing(reported, d, true), date));
            lines.addAll(linesOf(d, false, d.departure(), standing(reported, d, false), date));
        }
        lines.sort(Comparator.comparing(MovementLine::orderedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return new MovementBoard(date, lines);
    }

    /** Whether a departure of the whole of {@code d} is planned in the event file or reported (on any day). */
    public boolean leaves(Delegation d) {
        if (d.departure() != null && d.departure().date() != null) return true;
        return of(ledger.activeMovements(), d, false).stream().anyMatch(e -> whole((Movement) e.record(), d));
    }

    private List<MovementLine> linesOf(Delegation d, boolean arrival, Plan plan, List<Entry> entries, LocalDate date) {
        List<Movement> reported =
                entries.stream().map(e -> (Movement) e.record()).toList();
        List<Movement> whole = reported.stream().filter(m -> whole(m, d)).toList();
        int apart = reported.stream()
                .filter(m -> !whole(m, d))
                .mapToInt(Movement::count)
                .sum();
        int rest = Math.max(0, d.size() - apart);
        List<MovementLine> lines = new ArrayList<>();
        for (Entry e : entries) {
            Movement m = (Movement) e.record();
            if (!m.date().equals(date)) continue;
            LocalDateTime confirmed = confirmed(e);
            lines.add(
                    whole(m, d) ? wholeLine(d, arrival, plan, m, rest, confirmed) : partLine(d, arrival, m, confirmed));
        }
        boolean wholeToday = whole.stream().anyMatch(m -> m.date().equals(date));
        if (plan != null && plan.date().equals(date) && !wholeToday) {
            LocalDate elsewhere =
                    whole.isEmpty() ? null : whole.get(whole.size() - 1).date();
            Status status = elsewhere == null ? Status.PLANNED : Status.MOVED;
            int people = plan.count() == null ? rest : Math.min(plan.count(), rest);
            lines.add(new MovementLine(
                    plan.time(), d, arrival, people, plan.transport(), status, plan, elsewhere, false, null, null));
        }
        // a whole movement or plan left with nobody (all its people move in their own groups) is no movement
        lines.removeIf(l -> l.people() <= 0);
        return lines;
    }

    /** The whole delegation, or those of it who do not move on their own ("其余的人"). */
    private static MovementLine wholeLine(
            Delegation d, boolean arrival, Plan plan, Movement m, int rest, LocalDateTime confirmed) {
        Status status = plan == null ? Status.UNPLANNED : asPlanned(plan, m) ? Status.AS_PLANNED : Status.CHANGED;
        int people = m.count() == null ? rest : m.count();
        return new MovementLine(
                m.time(), d, arrival, people, m.transport(), status, plan, null, false, confirmed, m.part());
    }

    /** Part of the delegation moving on its own: not the plan's movement, so not compared with it. */
    private static MovementLine partLine(Delegation d, boolean arrival, Movement m, LocalDateTime confirmed) {
        return new MovementLine(
                m.time(),
                d,
                arrival,
                m.count(),
                m.transport(),
                Status.UNPLANNED,
                null,
                null,
                true,
                confirmed,
                m.part());
    }

    /** When the entry said its movement had happened: it was reported at or after the movement's time. */
    private LocalDateTime confirmed(Entry e) {
        Movement m = (Movement) e.record();
        if (m.time() == null) return null;
        LocalDateTime reported =
                LocalDateTime.ofInstant(e.source().at(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        return reported.isBefore(m.date().atTime(m.time())) ? null : reported;
    }

    private static boolean whole(Movement m, Delegation d) {
        return m.count() == null || m.count() >= d.size();
    }

    private static boolean asPlanned(Plan plan, Movement m) {
        return plan.date().equals(m.date())
                && (m.time() == null || m.time().equals(plan.time()))
                && (m.transport() == null || m.transport().equals(plan.transport()))
                && (m.count() == null || plan.count() == null || m.count().equals(plan.count()));
    }

    /** The movements of {@code d} of one kind, each reported again standing once ({@link RepeatedMovements}). */
    private List<Entry> standing(List<Entry> reported, Delegation d, boolean arrival) {
        return RepeatedMovements.standing(of(reported, d, arrival), d, event.zone());
    }

    private static List<Entry> of(List<Entry> reported, Delegation d, boolean arrival) {
        return reported.stream()
                .filter(e ->
                        Objects.equals(e.record().delegation(), d.id()) && (e.record() instanceof Arrival) == arrival)
                .toList();
    }
}

package org.receptionbot.ledger;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * A delegation's whole arrival or departure as it stands: the latest one recorded for the whole team (by when it was
 * said), else the event file's plan; empty when there is neither. Part of a team's movement stands beside it and is
 * not it.
 */
public final class StandingMovements {
    private final Event event;
    private final Ledger ledger;

    public StandingMovements(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The standing whole movement of {@code delegation} of the kind of {@code like} (an arrival or a departure). */
    public Optional<Standing> of(String delegation, Movement like) {
        return like instanceof Arrival ? arrival(delegation) : departure(delegation);
    }

    /** The delegation's standing whole departure. */
    public Optional<Standing> departure(String delegation) {
        return standing(
                delegation,
                Departure.class,
                Delegation::departure,
                (d, p) -> new Departure(d.id(), p.date(), p.time(), null, p.transport()));
    }

    /** The delegation's standing whole arrival. */
    public Optional<Standing> arrival(String delegation) {
        return standing(
                delegation,
                Arrival.class,
                Delegation::arrival,
                (d, p) -> new Arrival(d.id(), p.date(), p.time(), null, p.transport()));
    }

    private Optional<Standing> standing(
            String delegation,
            Class<? extends Movement> kind,
            Function<Delegation, Plan> planOf,
            BiFunction<Delegation, Plan, Movement> planned) {
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return Optional.empty();
        Optional<Standing> recorded = latest(d, kind);
        if (recorded.isPresent()) return recorded;
        Plan plan = planOf.apply(d);
        if (plan == null || plan.date() == null) return Optional.empty();
        return Optional.of(new Standing(planned.apply(d, plan), true));
    }

    private Optional<Standing> latest(Delegation d, Class<? extends Movement> kind) {
        return ledger.activeMovements().stream()
                .filter(e -> kind.isInstance(e.record())
                        && e.record() instanceof Movement m
                        && d.id().equals(m.delegation())
                        && (m.count() == null || m.count() >= d.size()))
                .max(Comparator.comparing((Entry e) -> e.source().at()))
                .map(e -> new Standing((Movement) e.record(), false));
    }

    /**
     * A standing movement.
     *
     * @param planned whether it is the event file's plan (no whole movement recorded)
     */
    public record Standing(Movement movement, boolean planned) {}
}

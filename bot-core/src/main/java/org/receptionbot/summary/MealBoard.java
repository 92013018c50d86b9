package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.HeldFigure;

/**
 * The expected diners of one serving: per venue and delegation, totals against capacity, who has
 * not reported, and the changes that came after the count deadline.
 *
 * @param locked true when the count deadline has passed
 * @param notReported delegations expected to eat that have sent no count or change (none for a meal
 *     taken on request: a day not reported counts 0)
 * @param lateChanges entries in force that changed this serving after its deadline
 * @param held reports for this serving waiting for their sender's confirmation: not counted, and
 *     their delegations not among {@code notReported}
 * @param heldActuals venues' actual counts of this serving waiting for their sender's confirmation
 * @param away the site-visit routes that left before this serving began ({@link RoutesAway}), counted as usual: the
 *     people of the delegations that have not reported the serving
 */
public record MealBoard(
        LocalDate date,
        Meal meal,
        boolean locked,
        List<VenueBoard> venues,
        List<Delegation> notReported,
        List<Entry> lateChanges,
        List<HeldFigure> held,
        List<ActualCount> heldActuals,
        List<RoutesAway.Away> away) {

    public MealBoard {
        away = List.copyOf(away);
        venues = List.copyOf(venues);
        notReported = List.copyOf(notReported);
        lateChanges = List.copyOf(lateChanges);
        held = List.copyOf(held);
        heldActuals = List.copyOf(heldActuals);
    }

    /** A board with nothing held. */
    public MealBoard(
            LocalDate date,
            Meal meal,
            boolean locked,
            List<VenueBoard> venues,
            List<Delegation> notReported,
            List<Entry> lateChanges) {
        this(date, meal, locked, venues, notReported, lateChanges, List.of(), List.of(), List.of());
    }

    /** Whether a report for {@code delegation} waits for a confirmation. */
    public boolean holds(String delegation) {
        return held.stream().anyMatch(h -> delegation.equals(h.record().delegation()));
    }

    /** Whether some delegation's figure is carried from an earlier report ({@link Meal#onRequest()}). */
    public boolean anyCarried() {
        return venues.stream().flatMap(v -> v.delegations().stream()).anyMatch(DelegationDiners::carried);
    }

    /** The diners booked to eat seated, packed portions left out ({@link #packed}). */
    public int total() {
        return venues.stream().mapToInt(VenueBoard::booked).sum();
    }

    /** The portions packed for the serving. */
    public int packed() {
        return venues.stream().mapToInt(VenueBoard::packed).sum();
    }
}

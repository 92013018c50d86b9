package org.receptionbot.summary;

import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;

/**
 * One delegation's line on a meal board.
 *
 * @param carried true when the figure is carried from the delegation's last report on an earlier
 *     day (a meal taken on request that it has not reported for the day), not its full size
 * @param seated the diners eating at the venue: the count less the packed portions of those counted there
 * @param packed the portions packed for the delegation at that serving ({@link PackedOrder}), 0 for none
 */
public record DelegationDiners(Delegation delegation, DinerCount count, boolean carried, int seated, int packed) {

    /** A line of a regular meal, or of a reported one, with nothing packed. */
    public DelegationDiners(Delegation delegation, DinerCount count) {
        this(delegation, count, false);
    }

    /** A line with nothing packed. */
    public DelegationDiners(Delegation delegation, DinerCount count, boolean carried) {
        this(delegation, count, carried, count.diners(), 0);
    }

    static DelegationDiners of(Delegation delegation, DinerCount count, Meal meal, int seated, int packed) {
        return new DelegationDiners(delegation, count, meal.onRequest() && !count.reported(), seated, packed);
    }
}

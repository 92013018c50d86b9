package org.receptionbot.summary;

import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;

/**
 * One delegation's line on a meal board.
 *
 * @param carried true when the figure is carried from the delegation's last report on an earlier
 *     day (a meal taken on request that it has not reported for the day), not its full size
 */
public record DelegationDiners(Delegation delegation, DinerCount count, boolean carried) {

    /** A line of a regular meal, or of a reported one. */
    public DelegationDiners(Delegation delegation, DinerCount count) {
        this(delegation, count, false);
    }

    static DelegationDiners of(Delegation delegation, DinerCount count, Meal meal) {
        return new DelegationDiners(delegation, count, meal.onRequest() && !count.reported());
    }
}

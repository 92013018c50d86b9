package org.receptionbot.ledger;

/**
 * The expected diners of one delegation at one serving.
 *
 * @param diners how many are expected
 * @param reported true when the delegation has sent a count or change for this serving
 * @param clipped true when a cancellation would have gone below zero and was held at zero
 * @param lateChanges how many changes came after the meal's count deadline
 * @param stay whether the delegation is there at that serving (for "已离会" rather than a bare 0)
 * @param carried for a meal taken on request with no count for the day: the figure its changes of the
 *     day start from (0: an earlier day's report is not carried); null
 *     for a regular meal or once the day has a count
 * @param planned the figure as planned: the delegation's people there at that serving (what a count "照常" gives)
 */
public record DinerCount(
        int diners, boolean reported, boolean clipped, int lateChanges, Stay stay, Carried carried, int planned) {

    /** A count whose plan is its figure. */
    public DinerCount(int diners, boolean reported, boolean clipped, int lateChanges, Stay stay, Carried carried) {
        this(diners, reported, clipped, lateChanges, stay, carried, diners);
    }

    /** A count of a delegation that is there. */
    public DinerCount(int diners, boolean reported, boolean clipped, int lateChanges) {
        this(diners, reported, clipped, lateChanges, Stay.THERE);
    }

    /** A count that is not carried from an earlier day. */
    public DinerCount(int diners, boolean reported, boolean clipped, int lateChanges, Stay stay) {
        this(diners, reported, clipped, lateChanges, stay, null);
    }

    /**
     * Where an on-request meal's day starts from.
     *
     * @param from the figure the day starts from: 0, an earlier day's report is not carried
     * @param reportedBefore whether {@code from} is an earlier day's report (no longer: always false)
     */
    public record Carried(int from, boolean reportedBefore) {}

    /** Where a delegation stands at a serving. */
    public enum Stay {
        /** None of its people have arrived yet. */
        NOT_ARRIVED,
        /** Some or all of its people are there. */
        THERE,
        /** Its people have left. */
        LEFT
    }

    /** Whether the figure is the plan, with nothing cut at zero and no change after the deadline. */
    public boolean asPlanned() {
        return diners == planned && !clipped && lateChanges == 0;
    }

    /** True when the count is zero because nobody of the delegation is there any more. */
    public boolean left() {
        return stay == Stay.LEFT;
    }
}

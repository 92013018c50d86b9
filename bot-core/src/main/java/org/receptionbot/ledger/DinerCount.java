package org.receptionbot.ledger;

/**
 * The expected diners of one delegation at one serving.
 *
 * @param diners how many are expected
 * @param reported true when the delegation has sent a count or change for this serving
 * @param clipped true when a cancellation would have gone below zero and was held at zero
 * @param lateChanges how many changes came after the meal's count deadline
 * @param stay whether the delegation is there at that serving (for "已离会" rather than a bare 0)
 */
public record DinerCount(int diners, boolean reported, boolean clipped, int lateChanges, Stay stay) {

    /** A count of a delegation that is there. */
    public DinerCount(int diners, boolean reported, boolean clipped, int lateChanges) {
        this(diners, reported, clipped, lateChanges, Stay.THERE);
    }

    /** Where a delegation stands at a serving. */
    public enum Stay {
        /** None of its people have arrived yet. */
        NOT_ARRIVED,
        /** Some or all of its people are there. */
        THERE,
        /** Its people have left. */
        LEFT
    }

    /** True when the count is zero because nobody of the delegation is there any more. */
    public boolean left() {
        return stay == Stay.LEFT;
    }
}

package org.receptionbot.ledger;

/**
 * The expected diners of one delegation at one serving.
 *
 * @param diners how many are expected
 * @param reported true when the delegation has sent a count or change for this serving
 * @param clipped true when a cancellation would have gone below zero and was held at zero
 * @param lateChanges how many changes came after the meal's count deadline
 */
public record DinerCount(int diners, boolean reported, boolean clipped, int lateChanges) {}

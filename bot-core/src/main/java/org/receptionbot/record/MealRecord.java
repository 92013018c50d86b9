package org.receptionbot.record;

import java.time.LocalDate;

/** A record about the diners of one delegation at one serving of a meal. */
public sealed interface MealRecord extends Record permits MealCount, MealCancel, MealAdd {

    LocalDate date();

    /** The meal's id in the event file. */
    String meal();

    /** A copy for another delegation (to fill a statement that named none). */
    MealRecord withDelegation(String delegation);
}

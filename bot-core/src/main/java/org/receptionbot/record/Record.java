package org.receptionbot.record;

/** One fact read from a message. Each kind is a record of its own; the set is closed. */
public sealed interface Record permits MealRecord, Movement, Headcount, Issue, Visit, VisitChange {

    /** The record's type name in the contract, e.g. {@code MEAL_COUNT}. */
    String type();

    /** The delegation the record is about, or null when none is known. */
    String delegation();

    /** What {@code visitor} does to this kind of record. */
    <T> T accept(RecordVisitor<T> visitor);
}

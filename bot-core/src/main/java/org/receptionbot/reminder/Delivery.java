package org.receptionbot.reminder;

/** What happened when a reminder fell due. */
public sealed interface Delivery {

    /** Said in the work group and removed. */
    record Said(Reminder reminder) implements Delivery {}

    /** Fired too long after its time (the bot was down); removed without saying it. */
    record TooLate(Reminder reminder) implements Delivery {}

    /** Already said or deleted: nothing to do. */
    record Gone(int id) implements Delivery {}
}

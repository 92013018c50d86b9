package org.receptionbot.reminder;

/** What a reminder command did, with the Chinese answer to the sender. */
public sealed interface ReminderAnswer {

    String text();

    /** Done: created, listed or deleted. */
    record Done(String text) implements ReminderAnswer {}

    /** Refused: not a coordinator, no time, a past time, an unknown id. Nothing changed. */
    record Refused(String text) implements ReminderAnswer {}
}

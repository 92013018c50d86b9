package org.receptionbot.reminder;

/** What a timed use case did when it fired. */
public enum Spoken {
    /** Said in the chats it goes to. */
    SAID,
    /** Nothing needed saying (everyone has reported; nobody leaves tomorrow). */
    NOTHING_TO_SAY,
    /** Fired too late to help (the bot was down): skipped. */
    TOO_LATE,
    /** Said before, by this or another instance. */
    ALREADY_SAID,
    /** No chat of that role in the event file. */
    NO_CHAT
}

package org.receptionbot.app.event;

import org.receptionbot.event.EventReading;

/** The event file has problems, so the bot cannot start; every problem is in the message. */
public final class InvalidEventFileException extends RuntimeException {

    private final transient EventReading.Invalid reading;

    public InvalidEventFileException(EventReading.Invalid reading) {
        super(reading.describe());
        this.reading = reading;
    }

    public EventReading.Invalid reading() {
        return reading;
    }
}

package org.receptionbot.reminder;

import java.time.Instant;
import java.util.Optional;

/** Reads the time at the start of a reminder ("明天07:30 各代表团带好参赛证"); the parser's time rules. */
@FunctionalInterface
public interface DueTimes {

    /** The due instant and the text after the time, or empty if the text does not start with a time. */
    Optional<Due> read(String text, Instant now);

    /** A time read from the text and what remains to say. */
    record Due(Instant at, String rest) {}
}

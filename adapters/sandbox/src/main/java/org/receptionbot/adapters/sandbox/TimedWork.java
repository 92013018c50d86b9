package org.receptionbot.adapters.sandbox;

import java.time.Instant;

/**
 * The bot's timed work (deadline reminders, locks, briefings, custom reminders), done by the sandbox
 * as its clock, real or pretended with {@code :time}, moves on.
 */
@FunctionalInterface
public interface TimedWork {

    /** No timed work. */
    TimedWork NONE = (from, to) -> {};

    /** Does, in order, what fell due in ({@code from}, {@code to}]. */
    void between(Instant from, Instant to);
}

package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.util.Objects;

/** What came of one {@link Delivery}, as the outbox acts on it. */
public sealed interface Outcome {

    /**
     * The platform took it: the step leaves the queue.
     *
     * @param platformMessageId the platform's id of the message made, or null when it gives none
     */
    record Sent(String platformMessageId) implements Outcome {}

    /** The platform asks to wait before writing to the chat again (a flood wait); then it is sent again. */
    record RetryAfter(Duration delay) implements Outcome {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) throw new IllegalArgumentException("delay is negative: " + delay);
        }
    }

    /**
     * The platform will never take it (bot removed, chat gone, bad request): it is moved to the
     * chat's refused items, kept for a person to read, and the chat goes on.
     *
     * @param code the platform's error code, 0 when it has none
     */
    record Refused(int code, String reason) implements Outcome {}

    /**
     * A passing failure (a server error, no answer, the bot's own misconfiguration): it is sent again
     * after a backoff that grows with each failure in a row.
     */
    record Failed(String reason) implements Outcome {}
}

package org.receptionbot.adapters.discord;

import java.time.Duration;

/** What Discord made of one message sent: the shape of the platform-neutral outbox's answer. */
sealed interface Outcome {

    /** Discord took it; {@code messageId} is the new message's id. */
    record Sent(String messageId) implements Outcome {}

    /** 429: send it again after {@code delay}. */
    record RetryAfter(Duration delay) implements Outcome {}

    /** Discord will never take it (no access, unknown channel, bad request). */
    record Refused(int code, String reason) implements Outcome {}

    /** A server error or a network failure: try again later. */
    record Failed(String reason) implements Outcome {}
}

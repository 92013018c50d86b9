package org.receptionbot.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived state between messages: questions waiting for an answer, records waiting for a
 * confirmation. Each is stored under a key chosen by the core (e.g. {@code answer:<chat>:<user>},
 * {@code confirm:<id>}) with an expiry time; an expired one is as if absent (a Redis key with a TTL).
 */
public interface PendingQuestions {

    /** Stores {@code pending} under {@code key} until {@code expiresAt}, replacing what was there. */
    void put(String key, Pending pending, Instant expiresAt);

    /** What is waiting under {@code key}, if it has not expired at {@code now}; it stays stored. */
    Optional<Pending> peek(String key, Instant now);

    /** Removes and returns what is waiting under {@code key}, if it has not expired at {@code now}. */
    Optional<Pending> take(String key, Instant now);
}

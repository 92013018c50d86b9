package org.receptionbot.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;

/** Pending questions in memory, for tests; expiry is checked against the {@code now} given. */
public final class InMemoryPendingQuestions implements PendingQuestions {
    private final Map<String, Held> held = new HashMap<>();

    @Override
    public synchronized void put(String key, Pending pending, Instant expiresAt) {
        held.put(key, new Held(pending, expiresAt));
    }

    @Override
    public synchronized Optional<Pending> peek(String key, Instant now) {
        Held h = held.get(key);
        return h == null || !now.isBefore(h.expiresAt) ? Optional.empty() : Optional.of(h.pending);
    }

    @Override
    public synchronized Optional<Pending> take(String key, Instant now) {
        Optional<Pending> found = peek(key, now);
        held.remove(key);
        return found;
    }

    private record Held(Pending pending, Instant expiresAt) {}
}

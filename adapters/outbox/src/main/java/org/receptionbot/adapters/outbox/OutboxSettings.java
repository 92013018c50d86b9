package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How one platform's outbox keeps its queue.
 *
 * @param keyTag the hash tag of its Redis keys ({@link OutboxKeys}), {@code tg} for Telegram
 * @param busyBacklog when this many items wait for one chat, its waiting receipts are folded into a
 *     digest and the messages they answer are marked instead
 * @param lease how long a chat's send lock lasts unless its holder renews it
 */
public record OutboxSettings(String keyTag, int busyBacklog, Duration lease) {
    public static final int BUSY_BACKLOG = 4;
    public static final Duration LEASE = Duration.ofSeconds(6);

    public OutboxSettings {
        Objects.requireNonNull(keyTag, "keyTag");
        if (busyBacklog < 2) throw new IllegalArgumentException("busyBacklog must be at least 2: " + busyBacklog);
        Objects.requireNonNull(lease, "lease");
        if (lease.toMillis() < 30) throw new IllegalArgumentException("a lease this short cannot be renewed: " + lease);
    }

    public static OutboxSettings of(String keyTag) {
        return new OutboxSettings(keyTag, BUSY_BACKLOG, LEASE);
    }
}

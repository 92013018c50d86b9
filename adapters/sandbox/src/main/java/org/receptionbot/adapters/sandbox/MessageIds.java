package org.receptionbot.adapters.sandbox;

import java.time.Clock;

/**
 * Message ids that stay unique across restarts, since the store keeps one copy per id: the epoch
 * millisecond of the message, moved on by one when two come in the same millisecond.
 */
final class MessageIds {

    private final Clock clock;
    private long last;

    MessageIds(Clock clock) {
        this.clock = clock;
    }

    synchronized String next() {
        last = Math.max(last + 1, clock.millis());
        return Long.toString(last);
    }
}

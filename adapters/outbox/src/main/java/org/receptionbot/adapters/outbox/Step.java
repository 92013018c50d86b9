package org.receptionbot.adapters.outbox;

import java.time.Instant;

/** What one step did for a chat: progressed, or nothing until {@code next} (null: nothing waits). */
record Step(boolean progressed, Instant next) {
    static final Step PROGRESSED = new Step(true, null);
    static final Step IDLE = new Step(false, null);

    static Step waitUntil(Instant next) {
        return new Step(false, next);
    }
}

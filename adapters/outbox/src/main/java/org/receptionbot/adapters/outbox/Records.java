package org.receptionbot.adapters.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of delivery a chat's step makes in Redis. A record Redis did not acknowledge may not
 * have been made; it is made again ({@link #again}) before the chat's next step, so a step the
 * platform confirmed is not sent again while Redis only failed to answer.
 */
final class Records {
    /** Per chat: a confirmed step whose record Redis did not acknowledge. */
    private final Map<String, Runnable> unacknowledged = new ConcurrentHashMap<>();

    /** Makes the record; keeps it for {@link #again} when Redis does not acknowledge it. */
    void make(String chat, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            unacknowledged.put(chat, change);
            throw e;
        }
    }

    /** Makes again the chat's record that Redis may not have made; throws while Redis still fails. */
    void again(String chat) {
        Runnable change = unacknowledged.get(chat);
        if (change == null) return;
        change.run();
        unacknowledged.remove(chat);
    }
}

package org.receptionbot.adapters.telegram;

/**
 * The Redis keys of outbound delivery besides the queues themselves ({@link Keys#queue}, {@link
 * Keys#BUSY_CHATS}, {@link Keys#refused}). Chats are named by the id the event file knows. Times are
 * epoch milliseconds of the outbound clock.
 */
final class OutKeys {
    private OutKeys() {}

    /** Hash: chat → the time before which nothing is sent to it (a flood wait or a backoff). */
    static final String HOLD = "rb:{tg}:out:hold";

    /** Hash: chat → the end of the flood wait Telegram asked for (429), to tell a bot-wide one. */
    static final String FLOODED = "rb:{tg}:out:flooded";

    /** Hash: chat → how many times in a row its head item failed for a passing reason. */
    static final String FAILURES = "rb:{tg}:out:failures";

    /** String: the time before which nothing is sent to any chat. */
    static final String PAUSE = "rb:{tg}:out:pause";

    /** Sorted set: the calls made to Telegram within the last second, scored by time. */
    static final String SENT = "rb:{tg}:out:sent";

    /** Sorted set: the messages sent to one chat within the last minute, scored by time. */
    static String sent(String chat) {
        return "rb:{tg}:out:sent:" + chat;
    }

    /**
     * String with a short time to live: the token of the sender delivering a chat's head item just
     * now, a lease its holder renews while it holds it ({@link ChatLocks}).
     */
    static String lock(String chat) {
        return "rb:{tg}:out:lock:" + chat;
    }

    /** String with a time to live: an item with this id was queued, so queuing it again does nothing. */
    static String queued(String itemId) {
        return "rb:{tg}:out:queued:" + itemId;
    }
}

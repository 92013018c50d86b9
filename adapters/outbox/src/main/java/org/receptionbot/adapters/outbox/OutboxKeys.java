package org.receptionbot.adapters.outbox;

import org.receptionbot.adapters.redis.KeySpace;

/**
 * The outbox's Redis keys for one platform, all under that platform's hash tag ({@code
 * rb:{tg}:out:…} for Telegram) so that a script touching several of them runs on one Redis Cluster
 * node. Chats are named by the id the core knows; times are epoch milliseconds of the outbox's clock.
 */
public final class OutboxKeys {
    private final String tagged;
    private final String out;

    /** The keys under {@code rb:{tag}:}. */
    public OutboxKeys(String tag) {
        this.tagged = KeySpace.tagged(tag);
        this.out = tagged + "out";
    }

    /** List: the pending items of one chat, oldest first. */
    public String queue(String chat) {
        return out + ":" + chat;
    }

    /** Set: the chats whose queue is not empty. */
    public String busyChats() {
        return out + ":chats";
    }

    /** List: what the platform refused for good ({@link Refusal}), kept for a person to read. */
    public String refused(String chat) {
        return tagged + "refused:" + chat;
    }

    /** Hash: chat → the time before which nothing is sent to it (a flood wait or a backoff). */
    String hold() {
        return out + ":hold";
    }

    /** Hash: chat → the end of the flood wait the platform asked for, to tell a bot-wide one. */
    String flooded() {
        return out + ":flooded";
    }

    /** Hash: chat → how many times in a row its head item failed for a passing reason. */
    String failures() {
        return out + ":failures";
    }

    /** String: the time before which nothing is sent to any chat. */
    String pause() {
        return out + ":pause";
    }

    /** Sorted set: the calls made to the platform within the last second, scored by time. */
    String sent() {
        return out + ":sent";
    }

    /** Sorted set: the messages sent to one chat within the last minute, scored by time. */
    String sent(String chat) {
        return out + ":sent:" + chat;
    }

    /** String with a short time to live: the token of the sender holding a chat's lease ({@link ChatLocks}). */
    public String lock(String chat) {
        return out + ":lock:" + chat;
    }

    /** String with a time to live: an item with this id was queued, so queuing it again does nothing. */
    String queued(String itemId) {
        return out + ":queued:" + itemId;
    }
}

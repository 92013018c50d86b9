package org.receptionbot.adapters.telegram;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Follows a group's migration to a supergroup. The core keeps knowing the chat by the id in the event
 * file (the canonical id); Telegram addresses the supergroup by its new id, and numbers its messages
 * afresh, so messages from the supergroup carry an {@code s} before their number.
 */
final class ChatIds {
    private static final String SUPERGROUP_PREFIX = "s";
    private final StringRedisTemplate redis;

    ChatIds(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Records that the group {@code from} is now the supergroup {@code to}. */
    void migrate(long from, long to) {
        String canonical = canonical(from);
        redis.opsForHash().put(Keys.MIGRATED_TO, canonical, Long.toString(to));
        redis.opsForHash().put(Keys.MIGRATED_FROM, Long.toString(to), canonical);
    }

    /** The id the event file knows for the chat Telegram calls {@code chatId}. */
    String canonical(long chatId) {
        Object old = redis.opsForHash().get(Keys.MIGRATED_FROM, Long.toString(chatId));
        return old == null ? Long.toString(chatId) : old.toString();
    }

    /** The chat id to send to for a canonical id. */
    long current(String canonical) {
        Object now = redis.opsForHash().get(Keys.MIGRATED_TO, canonical);
        return Long.parseLong(now == null ? canonical : now.toString());
    }

    /** The message id the core sees for message {@code messageId} of the chat Telegram calls {@code chatId}. */
    String messageId(long chatId, int messageId) {
        boolean supergroup = redis.opsForHash().hasKey(Keys.MIGRATED_FROM, Long.toString(chatId));
        return (supergroup ? SUPERGROUP_PREFIX : "") + messageId;
    }

    /**
     * The Telegram message id of a core message id in the chat as it is now, or null when that
     * message is in the old group and cannot be replied to any more.
     */
    Integer platformMessageId(String canonical, String messageId) {
        if (messageId == null) return null;
        boolean migrated = redis.opsForHash().hasKey(Keys.MIGRATED_TO, canonical);
        boolean fromSupergroup = messageId.startsWith(SUPERGROUP_PREFIX);
        if (migrated != fromSupergroup) return null;
        try {
            return Integer.valueOf(fromSupergroup ? messageId.substring(1) : messageId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

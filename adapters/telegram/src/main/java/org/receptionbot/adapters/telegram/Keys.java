package org.receptionbot.adapters.telegram;

/**
 * The adapter's Redis keys, all under the {@code {tg}} hash tag so that a script touching several of
 * them runs on one Redis Cluster node.
 */
final class Keys {
    private Keys() {}

    /** Hash: a group's old chat id → the supergroup's chat id it migrated to. */
    static final String MIGRATED_TO = "rb:{tg}:migrated-to";

    /** Hash: a supergroup's chat id → the old group's chat id the event file knows. */
    static final String MIGRATED_FROM = "rb:{tg}:migrated-from";

    /** List: the pending outgoing items of one chat (by the chat id the event file knows), oldest first. */
    static String queue(String chat) {
        return "rb:{tg}:out:" + chat;
    }

    /** Set: the chats whose queue is not empty. */
    static final String BUSY_CHATS = "rb:{tg}:out:chats";

    /** String with a time to live: a button press (callback query id) already handled. */
    static String press(String callbackId) {
        return "rb:{tg}:press:" + callbackId;
    }

    /** List: updates the core failed on again and again, kept raw so that nothing is lost. */
    static final String FAILED_UPDATES = "rb:{tg}:failed-updates";

    /** List: what Telegram refused for good (a 400 or 403), kept for a person to read. */
    static String refused(String chat) {
        return "rb:{tg}:refused:" + chat;
    }
}

package org.receptionbot.adapters.telegram;

import org.receptionbot.adapters.outbox.OutboxKeys;
import org.receptionbot.adapters.redis.KeySpace;

/**
 * The adapter's Redis keys, all under the {@code {tg}} hash tag so that a script touching several of
 * them runs on one Redis Cluster node. The outbox's keys for Telegram ({@code rb:{tg}:out:…}, {@code
 * rb:{tg}:refused:…}) are {@link #OUTBOX}'s.
 */
final class Keys {
    private Keys() {}

    /** The hash tag of Telegram's keys. */
    static final String TAG = "tg";

    private static final String TG = KeySpace.tagged(TAG);

    /** The keys of Telegram's outbox. */
    static final OutboxKeys OUTBOX = new OutboxKeys(TAG);

    /** Hash: a group's old chat id → the supergroup's chat id it migrated to. */
    static final String MIGRATED_TO = TG + "migrated-to";

    /** Hash: a supergroup's chat id → the old group's chat id the event file knows. */
    static final String MIGRATED_FROM = TG + "migrated-from";

    /** List: the pending outgoing items of one chat (by the chat id the event file knows), oldest first. */
    static String queue(String chat) {
        return OUTBOX.queue(chat);
    }

    /** Set: the chats whose queue is not empty. */
    static final String BUSY_CHATS = OUTBOX.busyChats();

    /** String with a time to live: a button press (callback query id) already handled. */
    static String press(String callbackId) {
        return TG + "press:" + callbackId;
    }

    /** List: updates the core failed on again and again, kept raw so that nothing is lost. */
    static final String FAILED_UPDATES = TG + "failed-updates";

    /** List: what Telegram refused for good (a 400 or 403), kept for a person to read. */
    static String refused(String chat) {
        return OUTBOX.refused(chat);
    }
}

package org.receptionbot.conversation;

import org.receptionbot.chat.ChatRef;
import org.receptionbot.command.ConfirmKeys;
import org.receptionbot.ledger.PendingKey;

/** Keys of pending state and the action ids of buttons. */
final class Keys {
    private Keys() {}

    static String answer(ChatRef chat, String userId) {
        return new PendingKey.Answer(chat, userId).text();
    }

    /** The same question, kept longer, to tell a late answer that the question has lapsed. */
    static String lapsed(ChatRef chat, String userId) {
        return new PendingKey.Lapsed(chat, userId).text();
    }

    /** Held-back records a newer report let go ({@link Holds#replacedBy}), still open to a correction of their bus. */
    static String released(ChatRef chat, String userId) {
        return new PendingKey.Released(chat, userId).text();
    }

    static String confirmation(ChatRef chat, String userId) {
        return ConfirmKeys.key(chat, userId);
    }
}

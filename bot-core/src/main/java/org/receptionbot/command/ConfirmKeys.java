package org.receptionbot.command;

import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.PendingKey;

/** The key of what waits for a sender's 确认 (held-back records, an absurd actual count), and its button. */
public final class ConfirmKeys {
    private ConfirmKeys() {}

    public static String key(ChatRef chat, String userId) {
        return new PendingKey.Confirmation(chat, userId).text();
    }
}

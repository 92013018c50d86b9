package org.receptionbot.command;

import org.receptionbot.chat.ChatRef;

/** The key of what waits for a sender's 确认 (held-back records, an absurd actual count), and its button. */
public final class ConfirmKeys {
    /** The prefix of a 确认 button's action; the sender's user id follows. */
    public static final String ACTION = "ok:";

    private ConfirmKeys() {}

    public static String key(ChatRef chat, String userId) {
        return "confirm:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
    }

    public static String action(String userId) {
        return ACTION + userId;
    }
}

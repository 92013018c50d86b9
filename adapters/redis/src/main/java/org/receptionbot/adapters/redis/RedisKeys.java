package org.receptionbot.adapters.redis;

import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** The key schema documented in {@code package-info.java}. */
final class RedisKeys {

    static final String PREFIX = "rb:";

    private RedisKeys() {}

    static String chat(ChatRef chat) {
        return PREFIX + "{" + chat.platform() + ":" + chat.chatId() + "}:";
    }

    static String log(ChatRef chat) {
        return chat(chat) + "log";
    }

    static String message(IncomingMessage message) {
        String version = message.edited() ? "@" + message.sentAt().toEpochMilli() : "";
        return chat(message.chat()) + "msg:" + message.messageId() + version;
    }
}

package org.receptionbot.chat;

/**
 * A chat on a platform.
 *
 * @param platform {@code telegram}, {@code discord} or {@code sandbox}
 * @param chatId the platform's id of the chat
 */
public record ChatRef(String platform, String chatId) {

    public ChatRef {
        if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform is blank");
        if (chatId == null || chatId.isBlank()) throw new IllegalArgumentException("chatId is blank");
    }
}

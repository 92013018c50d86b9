package org.receptionbot.chat;

import java.util.Objects;

/**
 * A file the bot posts in a chat, such as an exported workbook.
 *
 * @param replyTo the platform message id it answers, or null
 * @param caption a short text shown with the file, or null
 */
public record Attachment(ChatRef chat, String replyTo, String fileName, byte[] content, String caption) {

    public Attachment {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("a plain file name is needed: " + fileName);
        }
    }
}

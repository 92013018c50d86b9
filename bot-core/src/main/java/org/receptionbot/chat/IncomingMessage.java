package org.receptionbot.chat;

import java.time.Instant;

/**
 * A message someone wrote in a served chat, as every platform adapter hands it to the core.
 *
 * @param messageId the platform's id of the message, unique within the chat
 * @param senderId the platform's id of the sender
 * @param senderName the sender's display name
 * @param sentAt when the platform says it was sent (or edited, for an edit)
 * @param replyTo the id of the message this one replies to, or null
 * @param edited true when this is a new version of a message already delivered
 */
public record IncomingMessage(
        ChatRef chat,
        String messageId,
        String senderId,
        String senderName,
        Instant sentAt,
        String text,
        String replyTo,
        boolean edited) {

    public IncomingMessage {
        if (messageId == null || messageId.isBlank()) throw new IllegalArgumentException("messageId is blank");
        if (senderId == null || senderId.isBlank()) throw new IllegalArgumentException("senderId is blank");
        if (sentAt == null) throw new IllegalArgumentException("sentAt is null");
        text = text == null ? "" : text;
        senderName = senderName == null ? senderId : senderName;
    }

    /** The key under which the raw message is stored once: an edit is a version of its own. */
    /** The same message with other words: a part of it read as if said alone. */
    public IncomingMessage withText(String text) {
        return new IncomingMessage(chat, messageId, senderId, senderName, sentAt, text, replyTo, edited);
    }

    public String key() {
        return chat.platform() + ":" + chat.chatId() + ":" + messageId + (edited ? "@" + sentAt.toEpochMilli() : "");
    }
}

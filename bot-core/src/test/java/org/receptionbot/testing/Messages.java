package org.receptionbot.testing;

import java.time.Instant;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** Builds {@link IncomingMessage}s for tests: {@code Messages.in(chat).id("7").from("hunan").text("...")}. */
public final class Messages {

    private final ChatRef chat;
    private String id = "1";
    private String senderId = "someone";
    private String senderName = null;
    private Instant sentAt = Instant.parse("2026-11-22T02:00:00Z");
    private String replyTo = null;
    private boolean edited = false;

    private Messages(ChatRef chat) {
        this.chat = chat;
    }

    public static Messages in(ChatRef chat) {
        return new Messages(chat);
    }

    public Messages id(String value) {
        this.id = value;
        return this;
    }

    public Messages from(String userId, String name) {
        this.senderId = userId;
        this.senderName = name;
        return this;
    }

    public Messages at(Instant value) {
        this.sentAt = value;
        return this;
    }

    public Messages replyingTo(String messageId) {
        this.replyTo = messageId;
        return this;
    }

    public Messages edited() {
        this.edited = true;
        return this;
    }

    public IncomingMessage text(String text) {
        return new IncomingMessage(chat, id, senderId, senderName, sentAt, text, replyTo, edited);
    }
}

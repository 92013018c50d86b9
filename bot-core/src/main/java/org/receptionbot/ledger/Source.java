package org.receptionbot.ledger;

import java.time.Instant;
import java.util.Objects;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/**
 * Where a change to the ledger came from: which message (and which version of it), who sent it
 * and when.
 *
 * @param messageKey the key of this version of the message ({@link IncomingMessage#key()}); unique
 *     per delivery-independent version, used for idempotency
 * @param messageId the platform's id of the message (the same for all versions of an edited one)
 * @param senderId the platform's user id of the sender
 * @param senderName the sender's display name, for history and summaries
 * @param at when the message was sent (or edited)
 * @param known when what it records was first reported, when earlier than {@code at} (a liaison's
 *     "到了" confirming an arrival reported before): the servings begun since keep their figures
 *     ({@link Presence}); else null
 */
public record Source(
        String messageKey,
        ChatRef chat,
        String messageId,
        String senderId,
        String senderName,
        Instant at,
        Instant known) {

    public Source {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(at, "at");
        if (known != null && !known.isBefore(at)) known = null;
    }

    public Source(String messageKey, ChatRef chat, String messageId, String senderId, String senderName, Instant at) {
        this(messageKey, chat, messageId, senderId, senderName, at, null);
    }

    /** This source, for a record first reported at {@code first} (see {@link #known}). */
    public Source knownSince(Instant first) {
        return new Source(messageKey, chat, messageId, senderId, senderName, at, first);
    }

    /**
     * This message as recorded by a later one ({@code messageKey}, the confirmation or correction that records it): the
     * same message, sender and times under the later message's key, so that "撤销" right after the later message takes
     * back what it recorded.
     */
    public Source keyedBy(String messageKey) {
        return new Source(messageKey, chat, messageId, senderId, senderName, at, known);
    }

    /** When what it records was first known: {@link #known}, else {@link #at}. */
    public Instant knownAt() {
        return known == null ? at : known;
    }

    public static Source of(IncomingMessage message) {
        return of(message, message.senderName());
    }

    /**
     * @param senderName the name the sender goes by in the event (the event file's name of a known
     *     person), so that every notice, board and answer names a reporter the same way
     */
    public static Source of(IncomingMessage message, String senderName) {
        return new Source(
                message.key(), message.chat(), message.messageId(), message.senderId(), senderName, message.sentAt());
    }

    /** The message independent of its version: all versions of an edited message share it. */
    public String messageRef() {
        return messageRef(chat, messageId);
    }

    public static String messageRef(ChatRef chat, String messageId) {
        return chat.platform() + ":" + chat.chatId() + ":" + messageId;
    }
}

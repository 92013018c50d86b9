package org.receptionbot.adapters.outbox;

/**
 * A chat platform's side of the outbox: the one call that puts something in a chat, and the limits
 * the platform sets on such calls. The outbox calls it from one thread at a time for a chat, only
 * when the declared limits allow, and only for the chat's oldest pending step.
 *
 * <p>A sender only translates: it must not queue, wait, retry or split, and it never writes text of
 * its own. It answers every call with an {@link Outcome}, and throws only for a bug (a thrown
 * exception counts as {@link Outcome.Failed}).
 */
public interface ChatSender {

    /** The platform of the chats served, as the event file names it ({@code telegram}). */
    String platform();

    /** The limits the outbox keeps to for this platform; read once, when the outbox is built. */
    SendLimits limits();

    /** Makes the one call the delivery asks for, and says what came of it. */
    Outcome send(Delivery delivery);

    /**
     * The platform's form of a plain text part (escaping for its markup). The declared {@link
     * SendLimits#maxLength()} counts the formatted text; the plain text is the default.
     */
    default String format(String plain) {
        return plain;
    }

    /**
     * Whether the chat (as the core names it) is a group, to which {@link
     * SendLimits#perGroupPerMinute()} applies; every chat is one by default.
     */
    default boolean isGroup(String chat) {
        return true;
    }
}

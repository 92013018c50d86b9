package org.receptionbot.conversation;

import org.receptionbot.chat.IncomingMessage;

/** A message read again as if it had said other words ("59" after a question, read as the report it completes). */
final class Resaid {
    private Resaid() {}

    /** {@code message} with the text {@code said}, not edited. */
    static IncomingMessage as(IncomingMessage message, String said) {
        return new IncomingMessage(
                message.chat(),
                message.messageId(),
                message.senderId(),
                message.senderName(),
                message.sentAt(),
                said,
                message.replyTo(),
                false);
    }
}

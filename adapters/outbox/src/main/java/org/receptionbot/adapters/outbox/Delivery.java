package org.receptionbot.adapters.outbox;

import java.util.List;
import java.util.Objects;
import org.receptionbot.chat.Button;

/**
 * One call the outbox asks a {@link ChatSender} to make. A chat is named as the core names it
 * ({@link org.receptionbot.chat.ChatRef#chatId()}), a message by the core's id of it; the sender
 * maps both to what its platform calls them now.
 */
public sealed interface Delivery {

    /** The chat the call is for. */
    String chat();

    /**
     * One message: a part of a reply, already formatted and within {@link SendLimits#maxLength()}.
     *
     * @param replyTo the core's id of the message answered, on a reply's first part only; else null
     * @param buttons offered under the message, on a reply's last part only
     */
    record Message(String chat, String text, List<Button> buttons, String replyTo) implements Delivery {
        public Message {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(text, "text");
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /**
     * A file.
     *
     * @param caption shown with the file, or null; the sender shortens it to what its platform takes
     * @param replyTo the core's id of the message answered, or null
     */
    record Document(String chat, String fileName, byte[] content, String caption, String replyTo) implements Delivery {
        public Document {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A sign put on a message of the chat (a reaction), saying that a digest answers it.
     *
     * @param messageId the core's id of the message to mark
     * @param sign what to put on it, {@link DurableOutbox#MARK}
     */
    record Mark(String chat, String messageId, String sign) implements Delivery {
        public Mark {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(sign, "sign");
        }
    }
}

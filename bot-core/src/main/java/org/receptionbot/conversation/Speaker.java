package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.summary.ChatText;

/**
 * Puts answers in the outbox, split for the platform's message limit without cutting a line; the
 * first part answers the message, the buttons go under the last. Every part has the answer's kind;
 * only a receipt in one message carries its parts, for a digest to stand in for it.
 */
final class Speaker {
    private final Outbox outbox;

    Speaker(Outbox outbox) {
        this.outbox = outbox;
    }

    void say(ChatRef chat, String replyTo, Answer answer) {
        if (answer.silent()) return;
        List<String> parts = ChatText.split(answer.text(), limit(chat.platform()));
        Receipt receipt = parts.size() == 1 ? answer.receipt() : null;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            outbox.send(new Reply(
                    chat,
                    i == 0 ? replyTo : null,
                    parts.get(i),
                    last ? answer.buttons() : List.of(),
                    answer.kind(),
                    receipt));
        }
    }

    static int limit(String platform) {
        return switch (platform) {
            case "discord" -> ChatText.DISCORD;
            case "telegram" -> ChatText.TELEGRAM;
            default -> Integer.MAX_VALUE;
        };
    }
}

package org.receptionbot.chat;

import java.util.List;

/**
 * Something the bot says in a chat.
 *
 * @param replyTo the id of the message it answers, or null
 * @param text plain text, lines separated by {@code \n}; adapters escape it for their platform
 * @param buttons actions offered under the text (撤销, 确认), possibly none
 */
public record Reply(ChatRef chat, String replyTo, String text, List<Button> buttons) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public static Reply text(ChatRef chat, String replyTo, String text) {
        return new Reply(chat, replyTo, text, List.of());
    }
}

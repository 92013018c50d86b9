package org.receptionbot.command;

import java.util.List;
import org.receptionbot.chat.Button;

/**
 * What the bot says back to the asker; an empty text means say nothing.
 *
 * @param buttons actions offered under it (撤销, 确认)
 */
public record Answer(String text, List<Button> buttons) {

    public Answer {
        buttons = List.copyOf(buttons);
    }

    public static Answer of(String text) {
        return new Answer(text, List.of());
    }

    public static Answer silence() {
        return new Answer("", List.of());
    }

    public boolean silent() {
        return text.isEmpty();
    }
}

package org.receptionbot.adapters.discord;

import java.util.List;
import org.receptionbot.chat.Button;

/**
 * One Discord message of a reply.
 *
 * @param text the escaped text, at most {@value OutText#LIMIT} characters
 * @param buttons the buttons under it (the reply's last part carries them)
 * @param replyTo the id of the message it answers, or null
 */
record OutPart(String text, List<Button> buttons, String replyTo) {
    OutPart {
        buttons = List.copyOf(buttons);
        if (text.isEmpty() || text.length() > OutText.LIMIT) {
            throw new IllegalArgumentException("a part has 1 to " + OutText.LIMIT + " characters: " + text.length());
        }
    }
}

package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Source;

/**
 * Who asked, where and when: the context of a command or a message being handled.
 *
 * @param source the message, or for a button press a source made of the press
 * @param replyTo the message being replied to by the asker, or null
 */
public record Asked(Source source, Sender sender, String replyTo, LocalDate today) {

    public ChatRef chat() {
        return source.chat();
    }

    public Instant now() {
        return source.at();
    }

    /**
     * The same asking under a version of the message of its own, its key ending in {@code suffix}: a part of the message
     * recorded apart from the rest ("~request", "~rest").
     */
    public Asked keyedAs(String suffix) {
        return new Asked(source.keyedBy(source.messageKey() + suffix), sender, replyTo, today);
    }
}

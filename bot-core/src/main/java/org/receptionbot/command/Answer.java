package org.receptionbot.command;

import java.util.List;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

/**
 * What the bot says back to the asker; an empty text means say nothing.
 *
 * @param buttons actions offered under it (撤销, 确认)
 * @param kind what it is to the asker
 * @param receipt a receipt's parts, for a digest to stand in for it; null for anything else
 */
public record Answer(String text, List<Button> buttons, Reply.Kind kind, Receipt receipt) {

    public Answer {
        buttons = List.copyOf(buttons);
    }

    /** An answer of kind {@link Reply.Kind#ANSWER}. */
    public Answer(String text, List<Button> buttons) {
        this(text, buttons, Reply.Kind.ANSWER, null);
    }

    public static Answer of(String text) {
        return new Answer(text, List.of());
    }

    public static Answer of(Reply.Kind kind, String text) {
        return new Answer(text, List.of(), kind, null);
    }

    public static Answer receipt(String text, Receipt receipt, List<Button> buttons) {
        return new Answer(text, buttons, Reply.Kind.RECEIPT, receipt);
    }

    public static Answer silence() {
        return new Answer("", List.of());
    }

    public boolean silent() {
        return text.isEmpty();
    }

    /** This answer with {@code more} on the lines after it; a receipt keeps its kind and gains the lines. */
    public Answer then(String more) {
        return new Answer(text + "\n" + more, buttons, kind, receipt == null ? null : receipt.and(more));
    }

    /** The same words, as {@code other} kind. */
    public Answer as(Reply.Kind other) {
        return new Answer(text, buttons, other, other == Reply.Kind.RECEIPT ? receipt : null);
    }
}

package org.receptionbot.chat;

import java.util.List;

/**
 * Something the bot says in a chat.
 *
 * @param replyTo the id of the message it answers, or null
 * @param text plain text, lines separated by {@code \n}; adapters escape it for their platform
 * @param buttons actions offered under the text (撤销, 确认), possibly none
 * @param kind what it is to its reader; platforms decide from it, never from the wording
 * @param receipt the parts of a receipt that goes in one message, for a {@link Digest} to stand in
 *     for it; null for anything else
 */
public record Reply(ChatRef chat, String replyTo, String text, List<Button> buttons, Kind kind, Receipt receipt) {

    /** What a reply is to its reader. */
    public enum Kind {
        /** Records of a new message applied: what was understood and its effect. */
        RECEIPT,
        /** The answer to an edited message: what its records are now. */
        CORRECTION,
        /** A question the sender is asked to answer (a missing field, a count to confirm). */
        QUESTION,
        /** Nothing done, and why (not allowed, not understood). */
        REFUSAL,
        /** Said to a chat unasked: a change after a deadline, a new issue. */
        NOTICE,
        /** Any other answer: a board, a command's result. */
        ANSWER
    }

    public Reply {
        buttons = List.copyOf(buttons);
        if (kind == null) throw new IllegalArgumentException("a reply has a kind");
        if (receipt != null && kind != Kind.RECEIPT) throw new IllegalArgumentException("only a receipt has its parts");
    }

    /** An answer of kind {@link Kind#ANSWER}. */
    public Reply(ChatRef chat, String replyTo, String text, List<Button> buttons) {
        this(chat, replyTo, text, buttons, Kind.ANSWER, null);
    }

    public static Reply text(ChatRef chat, String replyTo, String text) {
        return new Reply(chat, replyTo, text, List.of());
    }

    public static Reply notice(ChatRef chat, String text) {
        return new Reply(chat, null, text, List.of(), Kind.NOTICE, null);
    }

    /** A receipt in one message, answering {@code replyTo}. */
    public static Reply receipt(ChatRef chat, String replyTo, String text, Receipt receipt, List<Button> buttons) {
        return new Reply(chat, replyTo, text, buttons, Kind.RECEIPT, receipt);
    }
}

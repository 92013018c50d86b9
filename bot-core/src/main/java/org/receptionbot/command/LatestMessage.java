package org.receptionbot.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.ledger.Source;

/**
 * The sender's latest message before a typed undo, from the inbound log: when it recorded nothing
 * (talk, a report refused, or one not understood), the undo says that it takes back the older record instead.
 * Commands (a query in plain words too), undo words and short replies to a question (确认, 是, 新增)
 * are passed over: what a reply confirms is recorded under the message it answers.
 */
final class LatestMessage {
    private static final Set<String> UNDO = Set.of("撤销", "撤回", "撤销上一条");
    private static final int SHORT_REPLY = 4;
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("\\d|[一二两三四五六七八九十]\\s*(?:个|人|位|名)");
    private final InboundLog inbound;
    private final CommandParser commands;

    LatestMessage(InboundLog inbound, CommandParser commands) {
        this.inbound = inbound;
        this.commands = commands;
    }

    /** The text of the sender's latest report-like message in the chat when it is not the one last recorded. */
    Optional<String> recordedNothing(Asked asked, String lastRecorded) {
        Source undo = asked.source();
        List<IncomingMessage> recent = inbound.recent(undo.chat(), 50);
        for (int i = recent.size() - 1; i >= 0; i--) {
            IncomingMessage m = recent.get(i);
            if (!m.senderId().equals(undo.senderId()) || m.messageId().equals(undo.messageId())) continue;
            // a short reply that recorded on its own (the delegation a question asked for) is the one recorded
            if (Source.messageRef(m.chat(), m.messageId()).equals(lastRecorded)) return Optional.empty();
            String text = m.text().strip();
            if (text.startsWith("/") || UNDO.contains(text) || reply(text)) continue;
            if (commands.parse(text, asked.today()).isPresent()) continue;
            return Source.messageRef(m.chat(), m.messageId()).equals(lastRecorded)
                    ? Optional.empty()
                    : Optional.of(text);
        }
        return Optional.empty();
    }

    /** Whether a message gives a figure of people ("中午少5人", "两个"): a report, not talk. */
    static boolean reportLike(String text) {
        return FIGURE.matcher(text).find();
    }

    /** The sender's latest message in the chat before this undo, other than undo words; empty when none. */
    Optional<String> latest(Asked asked) {
        return message(asked).map(m -> Source.messageRef(m.chat(), m.messageId()));
    }

    /** The sender's latest message in the chat before this undo, other than undo words; empty when none. */
    Optional<IncomingMessage> message(Asked asked) {
        return latestOf(asked, m -> !undoWords(m, asked));
    }

    /** The sender's latest typed undo ("撤销", /undo) in the chat before this message; empty when none. */
    Optional<IncomingMessage> undo(Asked asked) {
        return latestOf(asked, m -> undoWords(m, asked));
    }

    private boolean undoWords(IncomingMessage m, Asked asked) {
        return commands.parse(m.text().strip(), asked.today()).orElse(null) instanceof Command.Undo;
    }

    private Optional<IncomingMessage> latestOf(Asked asked, java.util.function.Predicate<IncomingMessage> which) {
        Source now = asked.source();
        List<IncomingMessage> recent = inbound.recent(now.chat(), 50);
        for (int i = recent.size() - 1; i >= 0; i--) {
            IncomingMessage m = recent.get(i);
            if (!m.senderId().equals(now.senderId()) || m.messageId().equals(now.messageId())) continue;
            if (which.test(m)) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** The sender of one message of the chat among its recent ones (a pressed button's message); empty when not found. */
    Optional<String> senderOf(String messageRef, Asked asked) {
        return inbound.recent(asked.chat(), 500).stream()
                .filter(m -> Source.messageRef(m.chat(), m.messageId()).equals(messageRef))
                .map(IncomingMessage::senderId)
                .findFirst();
    }

    private static boolean reply(String text) {
        return text.length() <= SHORT_REPLY && text.chars().noneMatch(Character::isDigit);
    }
}

package org.receptionbot.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingKey;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.summary.RecordText;

/**
 * What a message left waiting goes with the message when it is undone: its sender's 确认 prompt for records held beside
 * it ("明天早饭打包 20份 7点前走": the leave-by hour held for 确认) and a question asked for a field it left out. Sent
 * again after the undo, the message is answered as new, not as taking the place of the earlier prompt.
 */
final class UndoneQuestions {
    private final PendingQuestions pending;
    private final RecordText texts;

    UndoneQuestions(PendingQuestions pending, RecordText texts) {
        this.pending = pending;
        this.texts = texts;
    }

    /**
     * Drops what waits for the sender of {@code undone} in its chat, when it is that message's; what to say of records
     * held for 确认 so dropped, or "".
     */
    String drop(Source undone, Instant now) {
        ChatRef chat = undone.chat();
        String user = undone.senderId();
        String said = "";
        for (String key : List.of(
                new PendingKey.Confirmation(chat, user).text(),
                new PendingKey.Answer(chat, user).text(),
                new PendingKey.Lapsed(chat, user).text())) {
            Optional<Pending> dropped =
                    pending.peek(key, now).filter(p -> undone.messageRef().equals(source(p)));
            if (dropped.isEmpty()) continue;
            pending.take(key, now);
            if (dropped.get() instanceof Pending.Confirmation c && !c.records().isEmpty())
                said = "\n（该条待确认的“"
                        + String.join(
                                "；", c.records().stream().map(texts::describe).toList()) + "”一并撤回，无需再确认。）";
        }
        return said;
    }

    /**
     * Withdraws the records its sender's {@code message} holds for 确认 when none of it was recorded ("福建北海线加1人"
     * held over the team's size, then "撤销"): what to say, or empty when that message holds nothing for 确认.
     */
    Optional<String> withdrawHeld(Source message, Instant now) {
        Optional<Pending.Confirmation> held = waiting(message.chat(), message.senderId(), now)
                .filter(c -> message.messageRef().equals(c.source().messageRef()));
        if (held.isEmpty()) return Optional.empty();
        pending.take(new PendingKey.Confirmation(message.chat(), message.senderId()).text(), now);
        return Optional.of("已撤回待确认的“"
                + String.join(
                        "；", held.get().records().stream().map(texts::describe).toList())
                + "”，未记录，无需再确认。");
    }

    /** The message of its sender in {@code chat} whose records wait for 确认, if any. */
    Optional<Source> held(ChatRef chat, String user, Instant now) {
        return waiting(chat, user, now).map(Pending.Confirmation::source);
    }

    private Optional<Pending.Confirmation> waiting(ChatRef chat, String user, Instant now) {
        return pending.peek(new PendingKey.Confirmation(chat, user).text(), now)
                .filter(Pending.Confirmation.class::isInstance)
                .map(Pending.Confirmation.class::cast)
                .filter(c -> !c.records().isEmpty());
    }

    private static String source(Pending p) {
        if (p instanceof Pending.Confirmation c) return c.source().messageRef();
        if (p instanceof Pending.Answer a) return a.source().messageRef();
        return null;
    }
}

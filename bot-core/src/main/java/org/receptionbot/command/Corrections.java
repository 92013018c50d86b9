package org.receptionbot.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Source;

/** Takes back the records of a message: the sender's last one, or the one replied to. */
public final class Corrections {
    private final Desk desk;

    public Corrections(Desk desk) {
        this.desk = desk;
    }

    /** Undo by text or command: the message replied to if it has records, else the sender's last. */
    public Answer undo(Asked asked) {
        Optional<String> target = Optional.ofNullable(asked.replyTo())
                .map(id -> Source.messageRef(asked.chat(), id))
                .filter(ref -> !desk.ledger().activeEntriesOf(ref).isEmpty())
                .or(() ->
                        desk.ledger().lastMessageOf(asked.chat(), asked.sender().userId()));
        return target.map(ref -> undo(ref, asked)).orElse(Answer.of("没有可以撤销的记录。"));
    }

    /** Undo of one message, by its sender or a coordinator. */
    public Answer undo(String messageRef, Asked asked) {
        List<Entry> entries = desk.ledger().activeEntriesOf(messageRef);
        if (entries.isEmpty()) return Answer.of("没有可以撤销的记录（可能已经撤销过）。");
        boolean own = entries.get(0).source().senderId().equals(asked.sender().userId());
        if (!own && !asked.sender().coordinator()) return Answer.of("抱歉，只有发送人本人或协调组可以撤销这条记录。");
        List<Entry> taken = desk.recorder().withdraw(messageRef, asked.source());
        String what = taken.stream().map(e -> desk.texts().describe(e.record())).collect(Collectors.joining("\n"));
        return Answer.of("已撤销：\n" + what);
    }
}

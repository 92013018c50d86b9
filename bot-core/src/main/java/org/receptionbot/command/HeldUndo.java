package org.receptionbot.command;

import java.util.Optional;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;

/**
 * An undo of records still held for 确认: they are withdrawn when the undo points at their message (a reply to it) or,
 * with no reply, when the sender recorded nothing after it ("福建北海线加1人" held over the team's size, then a query or a
 * message not understood, then "撤销" takes back the held report, not an older recorded one).
 */
final class HeldUndo {
    private final Ledger ledger;
    private final UndoneQuestions questions;

    HeldUndo(Ledger ledger, UndoneQuestions questions) {
        this.ledger = ledger;
        this.questions = questions;
    }

    /** What to say of the held records withdrawn; empty when this undo is not theirs. */
    Optional<String> withdraw(Optional<String> repliedTo, Asked asked) {
        Optional<Source> held = questions.held(asked.chat(), asked.sender().userId(), asked.now());
        if (held.isEmpty()) return Optional.empty();
        if (repliedTo.isPresent() && !repliedTo.get().equals(held.get().messageRef())) return Optional.empty();
        if (!ledger.activeEntriesOf(held.get().messageRef()).isEmpty()) return Optional.empty();
        boolean recordedSince = ledger.lastMessageOf(
                        asked.chat(), asked.sender().userId())
                .map(ledger::activeEntriesOf)
                .filter(entries -> !entries.isEmpty())
                .map(entries -> entries.get(0).source().at().isAfter(held.get().at()))
                .orElse(false);
        return recordedSince ? Optional.empty() : questions.withdrawHeld(held.get(), asked.now());
    }
}

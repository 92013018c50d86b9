package org.receptionbot.conversation;

import java.time.Instant;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;

/**
 * Which of a sender's open questions came last ({@link Questions}): the 确认 prompt for held-back records, or the
 * two-way question ({@link Choice}); a 确认 answers the later one.
 */
record ConfirmationOrder(PendingQuestions pending, Choice choice) {
    /** Whether the sender's 确认 prompt came after their open two-way question (or no question is open). */
    boolean later(Asked asked) {
        Optional<Instant> held = pending.peek(
                        Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now())
                .map(p -> p instanceof Pending.ActualConfirmation a
                        ? a.actual().source().at()
                        : source(p));
        Optional<Instant> question = choice.askedAt(asked.chat(), asked.sender().userId(), asked.now());
        return held.isPresent() && (question.isEmpty() || held.get().isAfter(question.get()));
    }

    private static Instant source(Pending p) {
        return p instanceof Pending.Confirmation c ? c.source().at() : Instant.MIN;
    }
}

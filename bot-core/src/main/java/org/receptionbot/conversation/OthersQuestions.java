package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.PendingKey;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;

/**
 * The two-way questions open in a chat for people other than the one who answers: found through
 * their subjects, which are listed with the held reports by day.
 */
final class OthersQuestions {
    private final PendingQuestions pending;
    private final HeldFigures held;

    OthersQuestions(PendingQuestions pending, HeldFigures held) {
        this.pending = pending;
        this.held = held;
    }

    /**
     * The message of the latest question open at {@code now} in {@code chat}, for a day from
     * {@code from} to {@code to}, that {@code option} answers and that was asked of someone other than
     * {@code userId}; its sender is the one asked.
     */
    Optional<Source> latest(
            Choice.Option option, ChatRef chat, String userId, LocalDate from, LocalDate to, Instant now) {
        String prefix = new PendingKey.Choice("ASKED", chat, "").text();
        return from.datesUntil(to.plusDays(1))
                .flatMap(day -> held.on(day, now).stream())
                .filter(l -> l.key().startsWith(prefix))
                .filter(l -> !l.key().substring(prefix.length()).equals(userId))
                .filter(l -> answers(option, chat, l.key().substring(prefix.length()), now))
                .map(l -> l.figure().source())
                .max(Comparator.comparing(Source::at));
    }

    private boolean answers(Choice.Option option, ChatRef chat, String asked, Instant now) {
        return pending.peek(new PendingKey.Choice(option.name(), chat, asked).text(), now)
                .isPresent();
    }
}

package org.receptionbot.conversation;

import java.util.Optional;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.message.ParseOutcome;

/**
 * What the answer to a report says besides its records: on a receipt, a meal just served, a whole delegation's
 * departure said short, people leaving early, a new hour unlike the plan moved by the time said; on any answer, a figure for a meal being served that was passed over,
 * a meal's estimate, whose question stays open for the
 * sender's bare figure.
 */
final class ReceiptNotes {
    private final Intake intake;
    private final EstimatedMeals estimates;
    private final JustServed justServed;
    private final ShortWholeDepartures shortWhole;
    private final EarlyLeavers early;
    private final ShiftCrossChecks shifts;

    ReceiptNotes(Event event, Ledger ledger, Intake intake) {
        this.intake = intake;
        this.estimates = new EstimatedMeals(event);
        this.justServed = new JustServed(event);
        this.shortWhole = new ShortWholeDepartures(event, ledger);
        this.early = new EarlyLeavers(event, ledger);
        this.shifts = new ShiftCrossChecks(event, ledger);
    }

    /** {@code taken}, the answer (not silent) to {@code outcome} read from {@code message}, with the notes it calls for. */
    Answer add(Answer taken, ParseOutcome outcome, IncomingMessage message, Asked asked) {
        if (taken.kind() == Reply.Kind.RECEIPT) {
            taken = justServed
                    .note(message.text(), outcome.records(), asked.now())
                    .map(taken::then)
                    .orElse(taken);
            taken = shortWhole
                    .note(message.text(), outcome.records())
                    .map(taken::then)
                    .orElse(taken);
            taken = early.note(outcome.records()).map(taken::then).orElse(taken);
            taken = shifts.note(message.text(), outcome.records())
                    .map(taken::then)
                    .orElse(taken);
        }
        taken = served(taken, outcome, message, asked);
        if (taken.text().contains("估计数")) return taken;
        Optional<EstimatedMeals.Note> note = estimates.note(
                message.text(), outcome.records(), asked.today(), asked.sender().delegation());
        if (note.isEmpty()) return taken;
        // the estimate's question stays open, so the sender's bare figure answers it, unless another one was asked
        if (!taken.text().contains("回复后记录") && !note.get().gaps().isEmpty())
            intake.keep(new Pending.Answer(note.get().gaps(), asked.source()), asked);
        return taken.then(note.get().text());
    }

    /** {@code taken} and the lines on the figures for a meal being served the parser passed over, unless it says them. */
    private Answer served(Answer taken, ParseOutcome outcome, IncomingMessage message, Asked asked) {
        Optional<String> said = intake.servedFigures().beside(message.text(), outcome.records(), asked);
        if (said.isEmpty()
                || taken.text().contains(said.get().lines().findFirst().orElseThrow())) return taken;
        return taken.then(said.get());
    }
}

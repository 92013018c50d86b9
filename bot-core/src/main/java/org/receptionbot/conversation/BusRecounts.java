package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.message.ParseOutcome;

/**
 * The corrections of a bus count that {@link Amendments} tries before a figure corrected in words: a held count's
 * vehicle corrected ({@link VehicleCorrections}), the bus counted last counted again ("刚才数错了 是39个 宁夏那个本来就没上车",
 * {@link LastBusRecount}), and a bus liaison's recount with its reason before the figure ("不对 刚才把司机也算进去了 40",
 * {@link OwnBusRecount#remarked}).
 */
final class BusRecounts {
    private final Intake intake;
    private final VehicleCorrections vehicles;
    private final LastBusRecount lastBus;
    private final OwnBusRecount ownBus;

    BusRecounts(
            Event event, PendingQuestions pending, Ledger ledger, Intake intake, Choice choice, OwnBusRecount ownBus) {
        this.intake = intake;
        this.vehicles = new VehicleCorrections(event, pending, intake, choice);
        this.lastBus = new LastBusRecount(event, ledger, pending, intake, ownBus);
        this.ownBus = ownBus;
    }

    /** The answer when the message corrects a held count's vehicle or counts the last bus again; else empty. */
    Optional<Answer> answer(String text, Asked asked) {
        return vehicles.answer(text, asked).or(() -> lastBus.answer(text, asked));
    }

    /** The answer when a message that says no corrected figure is a bus liaison's recount with a reason; else empty. */
    Optional<Answer> remarked(String text, Asked asked) {
        return ownBus.remarked(text, asked).map(h -> intake.take(new ParseOutcome.Understood(List.of(h)), asked, text));
    }
}

package org.receptionbot.conversation;

import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.message.ParseOutcome;

/**
 * A movement said as happening now, answered against what is on record, in this order: an arrival denied takes today's
 * record back ({@link DeniedArrivals}), a departure denied the recorded departure ({@link DeniedDepartures}); leavers
 * named by their move ({@link DoneMovements#leavers}); an arrival confirms the one expected ({@link
 * ArrivalConfirmations}); a movement said again is not recorded twice ({@link DoneMovements#repeated}); a departure
 * confirms the one due ({@link DepartureConfirmations}).
 */
final class SaidNowMovements {
    private final DeniedArrivals denied;
    private final DeniedDepartures stayed;
    private final DoneMovements done;
    private final ArrivalConfirmations arrivals;
    private final DepartureConfirmations departures;

    SaidNowMovements(
            DeniedArrivals denied,
            DeniedDepartures stayed,
            DoneMovements done,
            ArrivalConfirmations arrivals,
            DepartureConfirmations departures) {
        this.denied = denied;
        this.stayed = stayed;
        this.done = done;
        this.arrivals = arrivals;
        this.departures = departures;
    }

    /** The answer to {@code own} when it is such a movement; empty to read it as any other message. */
    Optional<Answer> answer(ParseOutcome own, String text, Asked asked) {
        return denied.answer(own, text, asked)
                .or(() -> stayed.answer(own, text, asked))
                .or(() -> done.leavers(own, text, asked))
                .or(() -> arrivals.answer(own, text, asked))
                .or(() -> done.repeated(own, asked))
                .or(() -> departures.answer(own, text, asked));
    }
}

package org.receptionbot.parse;

import java.util.List;
import java.util.function.UnaryOperator;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * The guarantee that no step after the rules turns a message read as a report into silence: when the outcome before
 * a step holds a record or a question and the step leaves {@link ParseOutcome.NothingToRecord}, the message is asked
 * about ({@link Gap.Field#UNCLEAR}) instead. A step may withhold records, but only beside a question; silence is the
 * rules' word alone (talk, a notice, a total), never a later check's.
 */
final class NoSilentLoss {
    private NoSilentLoss() {}

    /** {@code step} applied to {@code before}, kept from silencing what {@code before} read or asked. */
    static ParseOutcome step(ParseOutcome before, UnaryOperator<ParseOutcome> step, String original) {
        return kept(before, step.apply(before), original);
    }

    /** {@code after}, or a question about the message when it silences what {@code before} read or asked. */
    static ParseOutcome kept(ParseOutcome before, ParseOutcome after, String original) {
        if (!(after instanceof ParseOutcome.NothingToRecord) || !readOrAsked(before)) return after;
        return new ParseOutcome.Incomplete(
                List.of(), List.of(new Gap(Gap.Field.UNCLEAR, null, original.strip())), after.saidNow());
    }

    /** Whether an outcome holds a record or a question. */
    static boolean readOrAsked(ParseOutcome outcome) {
        return !outcome.contractRecords().isEmpty() || outcome instanceof ParseOutcome.Incomplete;
    }
}

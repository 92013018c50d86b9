package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.command.Asked;
import org.receptionbot.message.ParseOutcome;

/**
 * One named step that reads a message's records further against the event and the ledger before the message is
 * answered ({@link ParsedAnswers}): steps run in the order of their list, each on what the one before gave.
 *
 * @param name what the step reads, for the reader of the list
 * @param op the step
 */
record ReadStep(String name, ReadStep.Op op) {

    /** What one step does to the records read so far. */
    @FunctionalInterface
    interface Op {
        ParseOutcome apply(ParseOutcome read, IncomingMessage message, Asked asked);
    }

    /** {@code read} through each of {@code steps} in order. */
    static ParseOutcome through(List<ReadStep> steps, ParseOutcome read, IncomingMessage message, Asked asked) {
        for (ReadStep step : steps) read = step.op().apply(read, message, asked);
        return read;
    }
}

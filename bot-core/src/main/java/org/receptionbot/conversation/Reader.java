package org.receptionbot.conversation;

import java.time.Instant;
import org.receptionbot.message.ParseOutcome;

/**
 * Reads a message into records: the parser ({@code new MessageParser(event)::parse}) in the bot, a
 * table of canned outcomes in tests.
 */
@FunctionalInterface
public interface Reader {

    /**
     * @param senderDelegation the delegation the sender is bound to, or null
     * @param senderVehicle the vehicle whose liaison the sender is, counting it when a message names no
     *     vehicle, or null
     */
    ParseOutcome read(String text, Instant now, String senderDelegation, String senderVehicle);

    /** Reads a message of a sender who rides no vehicle as its liaison. */
    default ParseOutcome read(String text, Instant now, String senderDelegation) {
        return read(text, now, senderDelegation, null);
    }
}

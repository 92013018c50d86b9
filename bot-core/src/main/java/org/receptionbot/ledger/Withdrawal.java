package org.receptionbot.ledger;

import java.util.Objects;

/**
 * An entry taken back (by an undo or by an edit of its message).
 *
 * @param entryId the {@link Entry#id()} taken back
 * @param by the message that took it back (the undo, or the edited version)
 */
public record Withdrawal(String entryId, Source by) {

    public Withdrawal {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(by, "by");
    }
}

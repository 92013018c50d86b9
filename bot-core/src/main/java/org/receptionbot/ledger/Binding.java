package org.receptionbot.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A liaison bound to a delegation at run time ({@code /bind 湖南} confirmed by a coordinator).
 * Liaisons listed in the event file are bound by the file and need no binding.
 *
 * @param platform the chat platform of the account
 * @param userId the liaison's user id there
 * @param name the liaison's display name
 * @param delegation the delegation's id
 * @param confirmedBy the user id of the coordinator who confirmed it
 */
public record Binding(String platform, String userId, String name, String delegation, String confirmedBy, Instant at) {

    public Binding {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(delegation, "delegation");
    }
}

package org.receptionbot.summary;

import java.util.List;

/**
 * A bus's part in a day's site visit, as the visit lists know it.
 *
 * @param route the route's name
 * @param expected the people this bus alone should carry, or null when the event file does not
 *     say which delegations ride it
 * @param together when {@code expected} is null, the ids of the route's buses that {@code total}
 *     is for; else empty
 * @param total the route's people now
 */
public record BusPlan(String route, Integer expected, List<String> together, int total) {

    public BusPlan {
        together = List.copyOf(together);
    }

    /** Looks up a vehicle's plan on a day; empty when it carries no route that day, or several. */
    @FunctionalInterface
    public interface Source {
        java.util.Optional<BusPlan> of(String vehicle, java.time.LocalDate day);
    }
}

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
 * @param thin the bus's last count is far below what it could carry while the route is counted
 *     short ({@link #thin(Integer, int, int, int)}): to be checked
 */
public record BusPlan(String route, Integer expected, List<String> together, int total, boolean thin) {

    public BusPlan {
        together = List.copyOf(together);
    }

    /** A plan whose bus is not counted thin. */
    public BusPlan(String route, Integer expected, List<String> together, int total) {
        this(route, expected, together, total, false);
    }

    /**
     * The rule for a bus with no share of its own: counted under a quarter of its seats while its
     * route's counts so far are below the route's people.
     *
     * @param seats the bus's seats, or null when unknown (never thin)
     */
    public static boolean thin(Integer seats, int counted, int routeCounted, int routeTotal) {
        return seats != null && counted * 4 < seats && routeCounted < routeTotal;
    }

    /** Looks up a vehicle's plan on a day; empty when it carries no route that day, or several. */
    @FunctionalInterface
    public interface Source {
        java.util.Optional<BusPlan> of(String vehicle, java.time.LocalDate day);
    }
}

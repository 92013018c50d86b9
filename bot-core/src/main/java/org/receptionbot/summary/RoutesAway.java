package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Meal;

/**
 * The people of site-visit routes away at a serving: a route of the serving's day that left before the
 * serving began. The event file gives no time a route comes back nor where it eats, so the meal board
 * does not take them off; it says how many they are, for the coordinators to check. People of a delegation that
 * reported the serving (its liaison, or a coordinator's word that the route eats at its site) are counted as
 * reported, and not said again.
 */
public interface RoutesAway {
    /** For an event without site visits, or a board that does not show them. */
    RoutesAway NONE = (date, meal, reported) -> List.of();

    /** One route away: its name and the people its list holds now. */
    record Away(String route, int people) {}

    /**
     * The routes away at the serving of {@code meal} on {@code date}, in the event file's order, with the people of
     * the delegations not in {@code reported}; a route with none of them is left out.
     *
     * @param reported the delegations with a report for the serving
     */
    List<Away> at(LocalDate date, Meal meal, Set<String> reported);
}

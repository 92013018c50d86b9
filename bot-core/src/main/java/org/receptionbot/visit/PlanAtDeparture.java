package org.receptionbot.visit;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Presence;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * Where a day's routes start: the event file's plan, lowered by {@link Presence} at each route's
 * departure (people who left before it or had not arrived by then come off the delegation's routes
 * of that day, from the last in the file's order). A few of a delegation leaving ahead of it
 * ("有个同志上午发完言就走") lower its route only where the plan has it on one route that day; with
 * people on several, which route they were on is not guessed: the totals stay, and the conversation
 * asks the route (a {@code VisitChange} then takes them off it). So it does for a delegation planned on one route
 * whose own words put some of it on another before the leavers were said ({@link SpreadByOwnWord}).
 */
final class PlanAtDeparture {
    private final Event event;

    PlanAtDeparture(Event event) {
        this.event = event;
    }

    /**
     * A fold of the routes starting from the plan as the movements leave it.
     *
     * @param routeAsked departures of a few whose route is asked, not guessed ({@link SpreadByOwnWord})
     */
    VisitFold fold(List<VisitRoute> routes, List<Movement> movements, Set<Movement> routeAsked) {
        return new VisitFold(routes, expected(routes, movements, routeAsked), (d, r) -> present(d, r, movements));
    }

    /** People per route and delegation before any report or change. */
    Map<String, Map<String, Integer>> expected(
            List<VisitRoute> routes, List<Movement> movements, Set<Movement> routeAsked) {
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        Map<String, Integer> allotted = new LinkedHashMap<>();
        for (VisitRoute r : routes) {
            Map<String, Integer> plan = new LinkedHashMap<>();
            r.plan().forEach((d, n) -> {
                List<Movement> counted = severalOn(d, r, routes)
                        ? withoutLeavers(d, movements)
                        : movements.stream()
                                .filter(m -> !routeAsked.contains(m) || !leaver(d, m))
                                .toList();
                int left = Math.max(0, present(d, r, counted) - allotted.getOrDefault(d, 0));
                plan.put(d, Math.min(n, left));
                allotted.merge(d, Math.min(n, left), Integer::sum);
            });
            expected.put(r.id(), plan);
        }
        return expected;
    }

    /** Whether the plan has {@code delegation} on more than one route of {@code route}'s day. */
    static boolean severalOn(String delegation, VisitRoute route, List<VisitRoute> routes) {
        return routes.stream()
                        .filter(o -> o.date().equals(route.date()) && o.plan().getOrDefault(delegation, 0) > 0)
                        .count()
                > 1;
    }

    /** The movements without the departures of a few of {@code delegation} ahead of the whole team. */
    private List<Movement> withoutLeavers(String delegation, List<Movement> movements) {
        return movements.stream().filter(m -> !leaver(delegation, m)).toList();
    }

    private boolean leaver(String delegation, Movement m) {
        return m instanceof Departure d
                && delegation.equals(d.delegation())
                && d.count() != null
                && event.delegation(delegation).map(g -> d.count() < g.size()).orElse(false);
    }

    private int present(String delegation, VisitRoute route, List<Movement> movements) {
        LocalDateTime at = route.departure();
        return event.delegation(delegation)
                .map(d -> Presence.of(d, movements).people(at, at))
                .orElse(0);
    }
}

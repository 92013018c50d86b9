package org.receptionbot.visit;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Presence;
import org.receptionbot.record.Movement;

/**
 * Where a day's routes start: the event file's plan, lowered by {@link Presence} at each route's
 * departure (people who left before it or had not arrived by then come off the delegation's routes
 * of that day, from the last in the file's order).
 */
final class PlanAtDeparture {
    private final Event event;

    PlanAtDeparture(Event event) {
        this.event = event;
    }

    /** A fold of the routes starting from the plan as the movements leave it. */
    VisitFold fold(List<VisitRoute> routes, List<Movement> movements) {
        return new VisitFold(routes, expected(routes, movements), (d, r) -> present(d, r, movements));
    }

    /** People per route and delegation before any report or change. */
    Map<String, Map<String, Integer>> expected(List<VisitRoute> routes, List<Movement> movements) {
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        Map<String, Integer> allotted = new LinkedHashMap<>();
        for (VisitRoute r : routes) {
            Map<String, Integer> plan = new LinkedHashMap<>();
            r.plan().forEach((d, n) -> {
                int left = Math.max(0, present(d, r, movements) - allotted.getOrDefault(d, 0));
                plan.put(d, Math.min(n, left));
                allotted.merge(d, Math.min(n, left), Integer::sum);
            });
            expected.put(r.id(), plan);
        }
        return expected;
    }

    private int present(String delegation, VisitRoute route, List<Movement> movements) {
        LocalDateTime at = route.departure();
        return event.delegation(delegation)
                .map(d -> Presence.of(d, movements).people(at, at))
                .orElse(0);
    }
}

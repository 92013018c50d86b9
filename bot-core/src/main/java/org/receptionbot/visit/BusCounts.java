package org.receptionbot.visit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;

/**
 * The head counts of a route's buses: the last HEADCOUNT of each on the route's day, shown as soon
 * as it is reported (a later count, at boarding, replaces it). Whether it is a boarding count is
 * {@link Boarding}'s to say.
 */
final class BusCounts {
    private final Event event;

    BusCounts(Event event) {
        this.event = event;
    }

    List<BusCount> of(VisitRoute route, DayLog log) {
        Map<String, Entry> last = new LinkedHashMap<>();
        for (Entry e : log.active()) {
            if (e.record() instanceof Headcount h && route.uses(h.vehicle())) last.put(h.vehicle(), e);
        }
        return event.vehiclesOf(route).stream()
                .map(v -> count(v, last.get(v.id())))
                .toList();
    }

    private static BusCount count(Vehicle v, Entry e) {
        if (e == null) return new BusCount(v, null, null);
        return new BusCount(v, ((Headcount) e.record()).count(), e.source().at());
    }
}

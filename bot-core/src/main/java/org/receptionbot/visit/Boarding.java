package org.receptionbot.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.receptionbot.event.VisitRoute;

/**
 * The boarding window of a route: from {@link #BEFORE_DEPARTURE} before its departure on. A bus's
 * head count sent in it is a boarding count; an earlier one of the day (a morning shuttle's) shows
 * on the list but does not spare the bus the reminder to count after departure.
 */
public final class Boarding {
    public static final Duration BEFORE_DEPARTURE = Duration.ofHours(2);

    private final ZoneId zone;

    public Boarding(ZoneId zone) {
        this.zone = zone;
    }

    /** When the route's boarding window opens. */
    public Instant from(VisitRoute route) {
        return route.departure().minus(BEFORE_DEPARTURE).atZone(zone).toInstant();
    }

    /** True when the bus's last head count was sent in the route's boarding window. */
    public boolean counted(VisitRoute route, BusCount bus) {
        return bus.reported() && !bus.at().isBefore(from(route));
    }
}

package org.receptionbot.visit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A delegation the plan has on one route of a day, which its own words have since put on another route of that
 * day ("重庆百色线有2个改去北海"): a few of it leaving before the visit were on one of two routes, which the plan
 * cannot tell. Such departures are not taken off the plan's route ({@link PlanAtDeparture}); the conversation asks
 * the route, as for a delegation planned on several. A departure sent before those words keeps lowering the plan's
 * route: the list already said so.
 */
public final class SpreadByOwnWord {
    private SpreadByOwnWord() {}

    /** Whether, by {@code at}, the day's active entries put {@code delegation} on a route of the day off its plan. */
    public static boolean spread(String delegation, List<VisitRoute> routes, DayLog log, Instant at) {
        for (Entry e : log.active()) {
            if (e.source().at().isAfter(at)) continue;
            String route = joined(e.record(), delegation);
            if (route == null) continue;
            for (VisitRoute r : routes) if (r.id().equals(route) && r.planned(delegation) == 0) return true;
        }
        return false;
    }

    /** The departures among {@code movements} of a delegation spread by its own words before they were sent. */
    static Set<Movement> leavers(List<VisitRoute> routes, DayLog log, List<Entry> movements) {
        Set<Movement> found = new LinkedHashSet<>();
        for (Entry m : movements)
            if (m.record() instanceof Departure d
                    && d.delegation() != null
                    && spread(d.delegation(), routes, log, m.source().at())) found.add(d);
        return found;
    }

    /** The route a record puts people of {@code delegation} on; null when none. */
    private static String joined(Record r, String delegation) {
        if (!delegation.equals(r.delegation())) return null;
        // the whole delegation on one route (全团都去北海) is on that route alone
        if (r instanceof Visit v) return v.count() != null && v.count() > 0 ? v.route() : null;
        if (r instanceof VisitChange c) return c.to();
        return null;
    }
}

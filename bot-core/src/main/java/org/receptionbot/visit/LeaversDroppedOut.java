package org.receptionbot.visit;

import java.util.List;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Departure;
import org.receptionbot.record.VisitChange;

/**
 * "福建北海线6个人有2个不去了，上午开完会直接回福州": a drop-out and the same people's departure, said in one
 * message, are one fact for the routes. The drop-out takes them off the route; their departure, which would
 * lower the route's starting plan too, is left out of the visit arithmetic, so the route loses them once.
 * A departure of more people than the drop-out names, or of the whole delegation beside a few dropping out,
 * still counts.
 */
final class LeaversDroppedOut {
    private LeaversDroppedOut() {}

    /** {@code movements} without the departures a drop-out of the same message in {@code log} already counts. */
    static List<Entry> without(List<Entry> movements, DayLog log) {
        return movements.stream().filter(m -> !counted(m, log)).toList();
    }

    private static boolean counted(Entry movement, DayLog log) {
        if (!(movement.record() instanceof Departure d) || d.count() == null || d.delegation() == null) return false;
        String message = movement.source().messageKey();
        for (Entry e : log.active())
            if (e.record() instanceof VisitChange c
                    && c.to() == null
                    && d.delegation().equals(c.delegation())
                    && (c.count() == null || d.count() <= c.count())
                    && message.equals(e.source().messageKey())) return true;
        return false;
    }
}

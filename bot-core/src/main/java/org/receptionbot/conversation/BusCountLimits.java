package org.receptionbot.conversation;

import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.record.Headcount;

/**
 * What a bus's head count is checked against: the riders the bus is for in the event file (the delegation it
 * serves, else its seats), never a delegation the report merely names ("少了一个浙江的" on a shared coach).
 */
final class BusCountLimits {

    private BusCountLimits() {}

    /**
     * True when the count is far above what the bus carries: more than twice the people of the delegation it
     * serves, else more than twice its seats (a count above the seats alone is recorded with a warning); for a
     * vehicle not in the event file, the delegation named, as for other records.
     */
    static boolean absurd(Event event, Headcount h) {
        Optional<Vehicle> v = event.vehicle(h.vehicle());
        if (v.isEmpty())
            return served(event, h.delegation())
                    .map(d -> h.count() > 2 * d.size())
                    .orElse(false);
        Optional<Delegation> own = served(event, v.get().delegation());
        if (own.isPresent()) return h.count() > 2 * own.get().size();
        return v.get().seats() != null && h.count() > 2 * v.get().seats();
    }

    /** "（该团共38人）" for the delegation the bus serves, "（该车45座）", or empty. */
    static String limit(Event event, Headcount h) {
        Optional<Vehicle> v = event.vehicle(h.vehicle());
        String delegation = v.map(Vehicle::delegation).orElse(v.isEmpty() ? h.delegation() : null);
        Optional<Delegation> own = served(event, delegation);
        if (own.isPresent()) return "（该团共" + own.get().size() + "人）";
        return v.map(Vehicle::seats).map(n -> "（该车" + n + "座）").orElse("");
    }

    private static Optional<Delegation> served(Event event, String delegation) {
        return delegation == null ? Optional.empty() : event.delegation(delegation);
    }
}

package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Headcount;

/**
 * The people one bus of a team riding several buses carries, for {@link AllAboard}: "人齐了" on 2号车 of 湖北 (60, on
 * 1号车 and 2号车) is never the whole team. Once every other bus of the team has counted that day, what they leave of
 * the team (1号车 30: 30); else the bus's own count earlier that day, which 人齐 confirms; else unknown.
 */
final class TeamBusShare {
    private final Event event;
    private final Ledger ledger;

    TeamBusShare(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** Whether the vehicle's delegation rides several vehicles of the event file. */
    boolean shared(Vehicle v) {
        return v.delegation() != null && buses(v.delegation()).size() > 1;
    }

    /** The bus's share of its team on {@code day}, or null when the bot does not know it. */
    Integer of(Vehicle v, LocalDate day) {
        Delegation d = event.delegation(v.delegation()).orElse(null);
        if (d == null) return null;
        Map<String, Integer> last = counts(d.id(), day);
        List<String> others =
                buses(d.id()).stream().filter(id -> !id.equals(v.id())).toList();
        if (others.stream().allMatch(last::containsKey)) {
            int rest = d.size() - others.stream().mapToInt(last::get).sum();
            if (rest > 0) return rest;
        }
        return last.get(v.id());
    }

    private List<String> buses(String delegation) {
        return event.vehicles().stream()
                .filter(o -> delegation.equals(o.delegation()))
                .map(Vehicle::id)
                .toList();
    }

    /** The last count of the team on each of its buses that day (a count of another team riding along is not). */
    private Map<String, Integer> counts(String delegation, LocalDate day) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Entry e : ledger.day(day).active())
            if (e.record() instanceof Headcount h
                    && (h.delegation() == null || h.delegation().equals(delegation))
                    && event.vehicle(h.vehicle())
                            .map(o -> delegation.equals(o.delegation()))
                            .orElse(false)) last.put(h.vehicle(), h.count());
        return last;
    }
}

package org.receptionbot.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site-visit route (考察路线): who is planned to go, on which vehicles, and who receives them.
 *
 * @param aliases the short names people type for the route, besides its name (e.g. 北海, 北海组)
 * @param depart when the vehicles leave the meeting place, on {@code date}
 * @param arrive when they are expected at the site, on {@code date}, after {@code depart}
 * @param site the receiving unit, or null when the file names none
 * @param vehicles the ids of the event's vehicles that carry the route, in the file's order
 * @param plan people planned per delegation id, in the file's order; a delegation absent from it
 *     has no one planned on the route
 */
public record VisitRoute(
        String id,
        String name,
        List<String> aliases,
        LocalDate date,
        LocalTime depart,
        LocalTime arrive,
        VisitSite site,
        List<String> vehicles,
        Map<String, Integer> plan) {

    public VisitRoute {
        aliases = List.copyOf(aliases);
        vehicles = List.copyOf(vehicles);
        plan = Collections.unmodifiableMap(new LinkedHashMap<>(plan));
    }

    /** The name and the aliases, the words that name this route in messages. */
    public List<String> words() {
        List<String> words = new ArrayList<>(aliases.size() + 1);
        words.add(name);
        words.addAll(aliases);
        return words;
    }

    public LocalDateTime departure() {
        return date.atTime(depart);
    }

    public LocalDateTime arrival() {
        return date.atTime(arrive);
    }

    /** People of the delegation planned on this route, 0 when it has none. */
    public int planned(String delegation) {
        return plan.getOrDefault(delegation, 0);
    }

    public int plannedTotal() {
        return plan.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean uses(String vehicle) {
        return vehicles.contains(vehicle);
    }

    /** Whether the two routes are on the road at the same time (their depart-arrive windows overlap). */
    public boolean overlaps(VisitRoute other) {
        return departure().isBefore(other.arrival()) && other.departure().isBefore(arrival());
    }
}

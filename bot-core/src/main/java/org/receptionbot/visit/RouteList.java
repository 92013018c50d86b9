package org.receptionbot.visit;

import java.util.List;
import org.receptionbot.event.VisitRoute;

/**
 * One site-visit route as it stands: its delegations and people, the reports and changes since
 * the plan, its buses' seats and head counts.
 *
 * @param delegations every delegation planned on the route or with people on it now, planned
 *     ones in the plan's order, then the others in the event file's order
 * @param changes the reports and changes that touched the route, in the order applied
 * @param seats the seats of the route's buses together, or null when the file lacks one
 */
public record RouteList(
        VisitRoute route,
        List<DelegationLine> delegations,
        List<VisitStep> changes,
        List<BusCount> buses,
        Integer seats) {

    public RouteList {
        delegations = List.copyOf(delegations);
        changes = List.copyOf(changes);
        buses = List.copyOf(buses);
    }

    /** The people the route expects now. */
    public int total() {
        return delegations.stream().mapToInt(DelegationLine::people).sum();
    }

    public int plannedTotal() {
        return delegations.stream().mapToInt(DelegationLine::planned).sum();
    }

    /** The people of one delegation on the route now, 0 when none. */
    public int people(String delegation) {
        return delegations.stream()
                .filter(d -> d.delegation().equals(delegation))
                .mapToInt(DelegationLine::people)
                .sum();
    }

    /** True when more people go than the buses seat. */
    public boolean overSeats() {
        return seats != null && total() > seats;
    }

    /** The people counted on the buses that reported a head count. */
    public int counted() {
        return buses.stream()
                .filter(BusCount::reported)
                .mapToInt(BusCount::counted)
                .sum();
    }

    public boolean allCounted() {
        return !buses.isEmpty() && buses.stream().allMatch(BusCount::reported);
    }

    /** How many expected people the buses' head counts lack, once every bus has counted; else 0. */
    public int missing() {
        return allCounted() ? Math.max(0, total() - counted()) : 0;
    }

    /** How many more people the buses counted than the route expects, once every bus has counted; else 0. */
    public int extra() {
        return allCounted() ? Math.max(0, counted() - total()) : 0;
    }
}

package org.receptionbot.visit;

import java.util.List;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.BusPlan;

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

    /**
     * The people counted on the buses that reported a head count, less those whose count is flagged to be
     * checked ({@link #thin}): a count that implausible is not summed until recounted.
     */
    public int counted() {
        return buses.stream()
                .filter(BusCount::reported)
                .filter(b -> !thin(b))
                .mapToInt(BusCount::counted)
                .sum();
    }

    /** The buses that reported a count the route sums (reported, not flagged to be checked). */
    public long confirmed() {
        return buses.stream().filter(BusCount::reported).filter(b -> !thin(b)).count();
    }

    /** The buses whose count is flagged to be checked ({@link #thin}): left out of {@link #counted}. */
    public List<BusCount> unconfirmed() {
        return buses.stream().filter(this::thin).toList();
    }

    /** Every bus reported a count the route sums. */
    public boolean allCounted() {
        return !buses.isEmpty() && confirmed() == buses.size();
    }

    /** All the head counts reported, flagged or not: what {@link #thin} weighs a bus against. */
    private int reported() {
        return buses.stream()
                .filter(BusCount::reported)
                .mapToInt(BusCount::counted)
                .sum();
    }

    /**
     * The people one of the route's buses should carry, when the event file says: the route's
     * total on a route with one bus; on several, its delegation's people when every bus carries a
     * named delegation of the route and no two share one; null otherwise (the route's total is
     * then for all its buses together: no split is made up).
     */
    public Integer expected(Vehicle bus) {
        if (buses.size() == 1) return buses.get(0).vehicle().id().equals(bus.id()) ? total() : null;
        return split() ? people(bus.delegation()) : null;
    }

    /** Every bus carries its own delegation, and every delegation with people on the route has its bus. */
    private boolean split() {
        List<String> carried = buses.stream().map(b -> b.vehicle().delegation()).toList();
        if (carried.contains(null) || carried.stream().distinct().count() < carried.size()) return false;
        return delegations.stream().allMatch(d -> d.people() == 0 || carried.contains(d.delegation()));
    }

    /**
     * True when the bus, whose share the event file does not give, counted far below its seats
     * while the route is counted short ({@link BusPlan#thin}): shown 请核实 and left out of {@link #counted}.
     */
    public boolean thin(BusCount bus) {
        return bus.reported()
                && expected(bus.vehicle()) == null
                && BusPlan.thin(bus.vehicle().seats(), bus.counted(), reported(), total());
    }

    /** The route's buses with no head count yet. */
    public List<BusCount> uncounted() {
        return buses.stream().filter(b -> !b.reported()).toList();
    }

    /** How many expected people the buses' head counts lack, once every bus has counted; else 0. */
    public int missing() {
        return allCounted() ? Math.max(0, total() - counted()) : 0;
    }

    /**
     * How many more people the buses counted than the route expects: flagged as soon as the counts
     * so far pass it, whether or not every bus has counted; else 0.
     */
    public int extra() {
        return Math.max(0, counted() - total());
    }
}

package org.receptionbot.summary;

import java.time.Instant;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Vehicle;

/**
 * The last head count of a vehicle on a day against the people it should carry; on a site-visit
 * day, a bus of a route that has not counted yet is a line too, with no count. A bus that carries
 * several delegations ({@link #shared()}) has a share per delegation, and the line is their total.
 *
 * @param delegation the delegation counted, or null when unknown or when the bus is shared
 * @param counted the people counted (on a shared bus, all its delegations' together), or null when the bus has not
 *     counted yet
 * @param expected the people it should carry (on a shared bus, what all its delegations' shares expect together),
 *     or null when unknown
 * @param at when the (latest) count was sent, or null when not counted
 * @param reporter the name of who sent it, or null
 * @param plan its site-visit route that day, or null
 * @param shares on a bus carrying several delegations, each one's count, the bus's own delegation first; else empty
 */
public record HeadcountLine(
        Vehicle vehicle,
        Delegation delegation,
        Integer counted,
        Integer expected,
        Instant at,
        String reporter,
        BusPlan plan,
        List<HeadcountShare> shares) {

    public HeadcountLine {
        shares = List.copyOf(shares);
    }

    /** A bus counted for one delegation, or for a route. */
    public HeadcountLine(
            Vehicle vehicle,
            Delegation delegation,
            Integer counted,
            Integer expected,
            Instant at,
            String reporter,
            BusPlan plan) {
        this(vehicle, delegation, counted, expected, at, reporter, plan, List.of());
    }

    /** Whether the bus carries several delegations, each counted on its own. */
    public boolean shared() {
        return shares.size() > 1;
    }

    /** The share of a delegation on a shared bus, if it has one. */
    public java.util.Optional<HeadcountShare> share(String delegation) {
        return shares.stream()
                .filter(s -> s.delegation().id().equals(delegation))
                .findFirst();
    }

    /** A bus of a site-visit route that has not counted yet. */
    public static HeadcountLine uncounted(Vehicle vehicle, BusPlan plan) {
        return new HeadcountLine(vehicle, null, null, plan.expected(), null, null, plan);
    }

    public boolean reported() {
        return counted != null;
    }

    /** Fewer people on board than expected. */
    public boolean shortfall() {
        return reported() && expected != null && counted < expected;
    }

    /** More people on board than expected: flagged like a shortfall. */
    public boolean over() {
        return reported() && expected != null && counted > expected;
    }

    /** Counted far below its seats on a route counted short ({@link BusPlan#thin}). */
    public boolean thin() {
        return reported() && plan != null && plan.thin();
    }

    /** "⚠少3人", "⚠多2人", "⚠仅5人（45座），请核实", or empty when nothing is to be checked. */
    public String flag() {
        if (shortfall()) return "⚠少" + missing() + "人";
        if (over()) return "⚠多" + (counted - expected) + "人";
        if (thin()) return "⚠仅" + counted + "人（" + vehicle.seats() + "座），请核实";
        return "";
    }

    public int missing() {
        return shortfall() ? expected - counted : 0;
    }
}

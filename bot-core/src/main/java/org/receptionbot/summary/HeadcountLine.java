package org.receptionbot.summary;

import java.time.Instant;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Vehicle;

/**
 * The last head count of a vehicle on a day against the people it should carry; on a site-visit
 * day, a bus of a route that has not counted yet is a line too, with no count.
 *
 * @param delegation the delegation counted, or null when unknown
 * @param counted the people counted, or null when the bus has not counted yet
 * @param expected the people it should carry, or null when unknown
 * @param at when the count was sent, or null when not counted
 * @param reporter the name of who sent it, or null
 * @param plan its site-visit route that day, or null
 */
public record HeadcountLine(
        Vehicle vehicle,
        Delegation delegation,
        Integer counted,
        Integer expected,
        Instant at,
        String reporter,
        BusPlan plan) {

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

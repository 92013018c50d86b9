package org.receptionbot.summary;

import java.time.Instant;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Vehicle;

/**
 * The last head count of a vehicle on a day against the people it should carry.
 *
 * @param delegation the delegation counted, or null when unknown
 * @param expected the people it should carry, or null when unknown
 * @param at when the count was sent
 * @param reporter the name of who sent it, or null
 * @param plan its site-visit route that day, or null
 */
public record HeadcountLine(
        Vehicle vehicle,
        Delegation delegation,
        int counted,
        Integer expected,
        Instant at,
        String reporter,
        BusPlan plan) {

    /** Fewer people on board than expected. */
    public boolean shortfall() {
        return expected != null && counted < expected;
    }

    /** More people on board than expected: flagged like a shortfall. */
    public boolean over() {
        return expected != null && counted > expected;
    }

    /** "⚠少3人", "⚠多2人", or empty when the count is as expected or nothing is expected. */
    public String flag() {
        if (shortfall()) return "⚠少" + missing() + "人";
        if (over()) return "⚠多" + (counted - expected) + "人";
        return "";
    }

    public int missing() {
        return expected == null ? 0 : Math.max(0, expected - counted);
    }
}

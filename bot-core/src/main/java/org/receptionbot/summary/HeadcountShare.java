package org.receptionbot.summary;

import java.time.Instant;
import org.receptionbot.event.Delegation;

/**
 * One delegation's people counted on a bus that carries several delegations ("青海的跟湖南一辆车"): its last
 * count that day, against its people when the bus is known to carry all of them.
 *
 * @param delegation the delegation counted
 * @param counted its people counted on the bus
 * @param expected its people the bus should carry, or null when unknown
 * @param at when the count was sent
 * @param reporter the name of who sent it, or null
 */
public record HeadcountShare(Delegation delegation, int counted, Integer expected, Instant at, String reporter) {

    /** "⚠少3人", "⚠多2人", or empty when the share matches or nothing is expected. */
    public String flag() {
        if (expected == null || counted == expected) return "";
        return counted < expected ? "⚠少" + (expected - counted) + "人" : "⚠多" + (counted - expected) + "人";
    }
}

package org.receptionbot.visit;

import java.time.Instant;
import org.receptionbot.event.Vehicle;

/**
 * A route's bus and its last head count.
 *
 * @param counted the people counted on it, or null when no head count has come
 * @param at when the last head count was sent, or null
 */
public record BusCount(Vehicle vehicle, Integer counted, Instant at) {

    public boolean reported() {
        return counted != null;
    }
}

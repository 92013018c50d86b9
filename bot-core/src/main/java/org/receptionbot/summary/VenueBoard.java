package org.receptionbot.summary;

import java.util.List;
import org.receptionbot.event.Venue;

/**
 * One venue's part of a meal board: who is booked there, the total against capacity, and the
 * actual diners once reported.
 *
 * @param actual the actual diners reported after the meal, or null
 */
public record VenueBoard(Venue venue, List<DelegationDiners> delegations, Integer actual) {

    public VenueBoard {
        delegations = List.copyOf(delegations);
    }

    /** The diners booked to eat seated at the venue: each delegation's count less its packed portions. */
    public int booked() {
        return delegations.stream().mapToInt(DelegationDiners::seated).sum();
    }

    /** The portions packed at the venue for the serving. */
    public int packed() {
        return delegations.stream().mapToInt(DelegationDiners::packed).sum();
    }

    public boolean overCapacity() {
        return booked() > venue.capacity();
    }

    /** Actual minus booked, or null before the actual count is in. */
    public Integer difference() {
        return actual == null ? null : actual - booked();
    }

    /**
     * True when the actual diners differ from the booking by at least 5 people and 5% of the
     * booking: the gap the kitchen must hear about.
     */
    public boolean differenceFlagged() {
        Integer diff = difference();
        return diff != null && Math.abs(diff) >= Math.max(5, booked() * 0.05);
    }
}

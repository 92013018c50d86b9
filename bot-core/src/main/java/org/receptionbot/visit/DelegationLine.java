package org.receptionbot.visit;

/**
 * A delegation's people on one route.
 *
 * @param planned as the event file plans it
 * @param expected the plan after the movements: fewer when part of the delegation left before the
 *     route's departure or had not arrived by then
 * @param people after the reports and changes: whom the route expects now
 */
public record DelegationLine(String delegation, int planned, int expected, int people) {

    public boolean changed() {
        return people != planned;
    }
}

package org.receptionbot.parse;

/**
 * A leaving word that moves people about the event, never away from it: back to the office beside a route's sign-up
 * ({@link OfficeErrand}), off to compete ({@link CompetingLeavers}), along with a site-visit route
 * ({@link GoingWithRoute}). Such a clause gives no departure.
 */
final class StaysAtEvent {
    private StaysAtEvent() {}

    /** Whether the leaving {@code c} says, after the draft {@code last}, keeps everyone at the event. */
    static boolean leavesNoOne(Clause c, Draft last) {
        return OfficeErrand.besideSignUp(c, last) || CompetingLeavers.said(c) || GoingWithRoute.said(c);
    }
}

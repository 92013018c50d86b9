package org.receptionbot.parse;

/**
 * A leaving word that moves people about the event, never away from it: back to the office beside a route's sign-up
 * ({@link OfficeErrand}), off to compete ({@link CompetingLeavers}), along with a site-visit route
 * ({@link GoingWithRoute}), back to the hotel after competing ({@link BackAfterCompeting}), to a place for a duty
 * there ({@link OnDutyAway}); or people named by their leaving said to be here still ({@link LeaversStillHere}).
 * Such a clause gives no departure.
 */
final class StaysAtEvent {
    private StaysAtEvent() {}

    /** Whether the leaving {@code c} says, after the draft {@code last}, keeps everyone at the event. */
    static boolean leavesNoOne(Clause c, Draft last) {
        return OfficeErrand.besideSignUp(c, last)
                || CompetingLeavers.said(c)
                || GoingWithRoute.said(c)
                || BackAfterCompeting.said(c)
                || OnDutyAway.said(c)
                || LeaversStillHere.said(c);
    }
}

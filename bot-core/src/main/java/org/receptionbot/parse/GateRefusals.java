package org.receptionbot.parse;

/**
 * Someone turned away at a gate or a door because they are not on the list ("柳州这边门卫说湖北有1位不在名单上，不让进",
 * "党校门口保安不让我们进"): a problem for the organisers to act on (an issue of kind OTHER), never people on a route or
 * a head count, whatever route or figure the clause names.
 */
final class GateRefusals {
    /** Words of a refusal at the door, or of someone missing from the list that lets them in. */
    static final String[] REFUSED = {"不让进", "不让我们进", "不给进", "不放行", "不在名单"};

    private GateRefusals() {}

    /** Whether the clause tells someone was refused at the door or is missing from the list. */
    static boolean said(Clause c) {
        return c.holdsAny(REFUSED);
    }
}

package org.receptionbot.parse;

/**
 * "柳州线2个人没赶上车 … 算了不去了": people who missed the bus and then give up the visit report a drop-out,
 * not a vehicle problem for someone to act on; with no giving up (没赶上车 怎么办) the problem stands.
 */
final class MissedBusGivenUp {
    /** Giving up the trip, said after the bus was missed. */
    private static final String[] GIVE_UP = {"不去了", "就不去", "不去考察", "不参加了", "不考察了", "去不成了", "去不了了"};

    private MissedBusGivenUp() {}

    /** Whether the message gives the visit up after the clause ({@code from}) that says the bus was missed. */
    static boolean said(String text, int from) {
        if (from < 0 || from > text.length()) return false;
        for (String w : GIVE_UP) if (text.indexOf(w, from) >= 0) return true;
        return false;
    }
}

package org.receptionbot.parse;

/**
 * "8号车爆胎了 师傅在换备胎 … 3点半的火车 来得及吗", "车抛锚了 赶得上吗": a vehicle broken down is a problem to act on even
 * when the message asks about it (whether the people will still make their train); the question is why it matters. The
 * words are in {@link VehicleWords}.
 */
final class VehicleBreakdown {
    private VehicleBreakdown() {}

    /** Whether {@code c} says a vehicle (named, or 车) broke down. */
    static boolean said(Clause c) {
        String words = c.span();
        boolean broken = false;
        for (String w : VehicleWords.BROKEN_DOWN) broken |= words.contains(w);
        return broken && (!c.all(Mention.Vehicle.class).isEmpty() || words.contains("车"));
    }
}

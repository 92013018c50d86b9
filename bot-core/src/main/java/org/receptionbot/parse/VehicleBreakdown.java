package org.receptionbot.parse;

/**
 * "8号车爆胎了 师傅在换备胎 … 3点半的火车 来得及吗", "车抛锚了 赶得上吗": a vehicle broken down is a problem to act on even
 * when the message asks about it (whether the people will still make their train); the question is why it matters.
 */
final class VehicleBreakdown {
    /** A vehicle that cannot go on. */
    private static final String[] BROKEN_DOWN = {"爆胎", "抛锚", "熄火", "打不着火", "没油了", "趴窝", "坏在路上", "车坏了", "发动不了"};

    private VehicleBreakdown() {}

    /** Whether {@code c} says a vehicle (named, or 车) broke down. */
    static boolean said(Clause c) {
        String words = c.span();
        boolean broken = false;
        for (String w : BROKEN_DOWN) broken |= words.contains(w);
        return broken && (!c.all(Mention.Vehicle.class).isEmpty() || words.contains("车"));
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * A bus of the event named beside a team's train or flight late ("5号车在机场等云南 飞机延误到21:30", "9号车新疆的还没到
 * 航班延误到晚上八点"): the bus waits for the team; the lateness is the team's ride, not the bus's. A bus late itself
 * ("5号车延误到8点", "3号车晚点20分钟") or a notice to its driver ("5号车谭师傅请注意 云南航班延误到11:30") is not.
 */
final class WaitingBus {
    private WaitingBus() {}

    /**
     * Whether {@code c} names no vehicle, or names one only as the bus waiting: a team named after the last vehicle,
     * then a train or flight ({@code tickets}), before the first word of its change ({@code changed}), in no notice.
     */
    static boolean apart(Clause c, String[] tickets, String[] changed) {
        List<Mention.Vehicle> buses = c.all(Mention.Vehicle.class);
        if (buses.isEmpty()) return true;
        if (c.has(Cue.NOTICE)) return false;
        int bus = buses.get(buses.size() - 1).end();
        int change = first(c, changed, bus);
        if (change < 0) return false;
        boolean team = false;
        for (Mention.Team t : c.all(Mention.Team.class)) team |= t.start() >= bus && t.end() <= change;
        if (!team) return false;
        for (Mention.Transport t : c.all(Mention.Transport.class))
            if (t.start() >= bus && t.end() <= change) return true;
        int ticket = first(c, tickets, bus);
        return ticket >= 0 && ticket < change;
    }

    /** Where the first of {@code words} is said from {@code from} on, inside the clause, or -1. */
    private static int first(Clause c, String[] words, int from) {
        int best = -1;
        for (String w : words) {
            int at = c.text.indexOf(w, from);
            if (at >= 0 && at < c.end && (best < 0 || at < best)) best = at;
        }
        return best;
    }
}

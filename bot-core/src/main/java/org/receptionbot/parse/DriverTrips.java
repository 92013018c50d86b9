package org.receptionbot.parse;

import java.util.List;

/**
 * "3号车覃师傅8点40到云上民宿门口", "田师傅的车是临时调去接海南的，明天还回湖北": a coordinator's message
 * whose mover is a driver says where the vehicle goes, to fetch or take people; it moves no delegation.
 * A delegation named as the mover ("张师傅说湖北队明天8点走") or a figure of people keeps the movement.
 */
final class DriverTrips {
    private static final String[] DRIVERS = {"师傅", "司机"};

    private DriverTrips() {}

    /** Whether the coordinator's message is a driver's trip: its movements are no delegation's. */
    static boolean of(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || clauses.isEmpty()) return false;
        String text = clauses.get(0).text;
        int driver = -1;
        for (String w : DRIVERS) {
            int at = text.indexOf(w);
            if (at >= 0 && (driver < 0 || at < driver)) driver = at;
        }
        if (driver < 0) return false;
        int move = -1;
        for (Clause c : clauses) {
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return false;
            if (move >= 0) continue;
            int at = first(c.at(Cue.DEPART), c.at(Cue.ARRIVE));
            if (at >= 0) move = at;
        }
        if (move < driver) return false;
        if (text.substring(driver, move).indexOf('说') >= 0) return false;
        for (Clause c : clauses)
            for (Mention.Team t : c.all(Mention.Team.class))
                if (t.start() > driver && t.start() < move && !fetched(text, t.start())) return false;
        return true;
    }

    /** 接海南, 送完四川: a delegation right after fetching or taking is the vehicle's errand, not its mover. */
    private static boolean fetched(String text, int at) {
        return at > 0 && "接送完".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static int first(int a, int b) {
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * A movement whose mover is a vehicle or its driver moves the vehicle, not a delegation. The family reads
 * it at two depths:
 * <ul>
 *   <li>one verb ({@link #drop}): a verb whose subject is a vehicle or a driver ({@link VehicleSubjects})
 *       loses its cue, so no arrival or departure is read, and a problem said with it (没到, 没上车) stays;
 *   <li>the whole message ({@link #driverTrip}): a coordinator's message whose mover is a driver says where
 *       the vehicle goes, to fetch or take people, and none of its movements is a delegation's.
 * </ul>
 * A vehicle people ride ("坐大巴走", "3点的车走", "同一趟车") is the means of their movement and keeps it.
 * The words are in {@link VehicleWords}.
 */
final class VehicleMoves {
    private VehicleMoves() {}

    /**
     * Drops the arrival and departure cues whose subject is a vehicle or its driver. Asked why the
     * delegation's car left ("车怎么走了"), the verb is the problem of the vehicle.
     */
    static void drop(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        if (!VehicleWords.mayName(text)) return;
        for (int k = 0; k < hits.size(); k++) {
            CueTable.Hit h = hits.get(k);
            if (h.cue() != Cue.ARRIVE && h.cue() != Cue.DEPART) continue;
            if (h.cue() == Cue.DEPART && VehicleSubjects.ownVehicle(text, h.start(), mentions)) {
                if (asked(text, h.start())) {
                    hits.set(k, new CueTable.Hit(Cue.MISSING, h.start(), h.end()));
                    hits.add(++k, new CueTable.Hit(Cue.PROBLEM, h.start(), h.end()));
                } else hits.remove(k--);
            } else if (VehicleSubjects.driver(text, h.start(), mentions)
                    || VehicleSubjects.eventVehicle(text, h, mentions)) hits.remove(k--);
        }
    }

    /** 怎么 or 咋 between the vehicle and the verb. */
    private static boolean asked(String text, int verb) {
        String before = text.substring(Math.max(0, verb - 6), verb);
        return before.contains("怎么") || before.contains("咋");
    }

    /**
     * "3号车覃师傅8点40到云上民宿门口", "田师傅的车是临时调去接海南的，明天还回湖北": whether the
     * coordinator's message is a driver's trip, its movements no delegation's. A delegation named as the
     * mover ("张师傅说湖北队明天8点走") or a figure of people keeps the movement.
     */
    static boolean driverTrip(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || clauses.isEmpty()) return false;
        String text = clauses.get(0).text;
        int driver = VehicleWords.driverAt(text);
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
                if (t.start() > driver && t.start() < move && !errand(text, t.start())) return false;
        return true;
    }

    /** 接海南, 送完四川: a delegation right after fetching or taking is the vehicle's errand, not its mover. */
    private static boolean errand(String text, int at) {
        return at > 0 && VehicleWords.ERRANDS.indexOf(text.charAt(at - 1)) >= 0;
    }

    private static int first(int a, int b) {
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }
}

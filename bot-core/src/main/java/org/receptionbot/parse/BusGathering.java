package org.receptionbot.parse;

/**
 * A bus still gathering its riders before it leaves ("1号车还没齐 等人中", "1号车百色线 人还没到齐 再等几分钟", "4号车已到
 * 门口 贵州的人还没下来"): the bus liaison's or the driver's word on the boarding, nobody's to fix. A fault of the
 * vehicle, the vehicle itself not come (车还没到), someone unreachable or lost, a question or a request keep the problem.
 * The words are in {@link VehicleWords}.
 */
final class BusGathering {
    private BusGathering() {}

    /** Whether the clause, in this message, only says a bus is still gathering its riders. */
    static boolean only(Clause c, String message) {
        if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.BROKEN) || c.has(Cue.UNREACHABLE)) return false;
        if (c.has(Cue.HEALTH) || c.has(Cue.CARE) || c.has(Cue.MEAL_PROBLEM) || c.has(Cue.LOST_WAY)) return false;
        if (!message.contains("车") || !VehicleWords.GATHERING.matcher(message).find()) return false;
        for (String w : VehicleWords.CHASED) if (message.contains(w)) return false;
        return true;
    }
}

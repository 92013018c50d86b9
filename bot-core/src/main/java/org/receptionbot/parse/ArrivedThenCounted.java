package org.receptionbot.parse;

/**
 * "到站了 9号车实到47人", "第二批25个人到了 鄂Q·A1005实到二十五": an arrival said as done, then past a space a
 * vehicle's head count: two statements, the people's arrival and the vehicle's count.
 */
final class ArrivedThenCounted {

    private ArrivedThenCounted() {}

    /** Where the head count's statement starts, or -1 when the clause is not an arrival then a count. */
    static int split(Clause c) {
        if (!c.has(Cue.ARRIVE)
                || !c.has(Cue.HEADCOUNT)
                || c.all(Mention.Vehicle.class).isEmpty()) return -1;
        int verb = c.at(Cue.ARRIVE);
        int end = c.endOf(Cue.ARRIVE);
        int vehicle = c.all(Mention.Vehicle.class).get(0).start();
        if (vehicle < end || c.at(Cue.HEADCOUNT) < vehicle) return -1;
        int space = c.text.indexOf(' ', end);
        if (space < 0 || space >= vehicle || !c.text.substring(space, vehicle).isBlank()) return -1;
        boolean done = verb > c.start && "已刚".indexOf(c.text.charAt(verb - 1)) >= 0
                || end < c.end && "了啦".indexOf(c.text.charAt(end)) >= 0;
        return done ? vehicle : -1;
    }
}

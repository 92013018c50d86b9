package org.receptionbot.parse;

import java.util.List;

/**
 * "明天返程 北京住建委5人 CA1330 上午10:05起飞 天津住建委 早上7点40的G530": a coordinator's lead-in that
 * names only the day and the movement, before lines that name delegations, is the header of those lines:
 * its day and its movement carry to them; it is no movement of its own.
 */
final class MovementHeader {

    private MovementHeader() {}

    static boolean of(Clause c, List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || !c.teams().isEmpty() || MovementRules.kind(c) == null) return false;
        if (c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Count.class).isEmpty()
                || !c.all(Mention.Vague.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        int at = clauses.indexOf(c);
        return at >= 0
                && at + 1 < clauses.size()
                && !clauses.get(at + 1).teams().isEmpty();
    }
}

package org.receptionbot.parse;

import org.receptionbot.event.Event;

/**
 * A delegation's own bus named right after it, as who reports ("重庆8号车 明天15:30 44人 改签了 改成16:10的G1502",
 * "湖南3号车 明早7点 G1502"): the event file gives that bus to that delegation, so it only labels the sender; the
 * report is the delegation's. Another delegation's bus, or a bus named elsewhere in the clause, is a bus of its own.
 */
final class OwnBusLabel {
    private OwnBusLabel() {}

    /** Whether every vehicle of {@code c} is the own bus of the delegation named right before it (none is true). */
    static boolean only(Clause c, Event event) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (!label(c, v, event)) return false;
        return true;
    }

    private static boolean label(Clause c, Mention.Vehicle v, Event event) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            if (t.end() > v.start() || !c.text.substring(t.end(), v.start()).isBlank()) continue;
            String owner = event.vehicle(v.id()).map(x -> x.delegation()).orElse(null);
            return t.id().equals(owner);
        }
        return false;
    }
}

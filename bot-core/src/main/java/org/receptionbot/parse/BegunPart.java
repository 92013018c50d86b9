package org.receptionbot.parse;

import java.time.LocalTime;

/**
 * A movement said done in a part of today already begun ("湖北的早上已经到了"): the part has begun by the time the
 * message is sent, and 已/已经/刚 stands between the part and the verb.
 */
final class BegunPart {
    private BegunPart() {}

    /** "湖北的早上已经到了": a part of today already begun, with the movement said as done by 已/已经/刚 before it. */
    static boolean doneIn(Mention.Part p, Clause c, Draft.Kind kind, LocalTime now) {
        int verb = c.at(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        if (now == null || verb < p.end() || now.getHour() < startHour(p.part())) return false;
        String between = c.text.substring(p.end(), verb);
        return between.contains("已") || between.contains("刚");
    }

    private static int startHour(DayPart part) {
        return switch (part) {
            case EARLY_HOURS -> 0;
            case MORNING -> 5;
            case NOON -> 11;
            case AFTERNOON -> 13;
            case EVENING -> 18;
        };
    }
}

package org.receptionbot.parse;

/**
 * "江西团改签了 现在改成24号晚上7点15的G1388 27个人", "青海车次定了 下午5点半 k1234 27个人": a
 * delegation's train or flight for a day and time to come, said with no verb, once the event has begun
 * (its people are there), is the ticket home: a departure. On the first day, or with a meal or a vehicle of
 * the event in the clause, it is not read.
 */
final class TicketMovement {

    private TicketMovement() {}

    static boolean departs(Clause c, Reading reading) {
        if (c.question || c.all(Mention.Transport.class).isEmpty()) return false;
        if (!reading.today().isAfter(reading.lexicon().event.start())) return false;
        // 第一批30人坐G1502: a batch with its train takes its day and time from what was said before it.
        if (c.current(Mention.Clock.class).isEmpty()
                && c.current(Mention.Day.class).isEmpty()
                && !c.has(Cue.BATCH)) return false;
        return c.all(Mention.Meals.class).isEmpty()
                && c.all(Mention.Vehicle.class).isEmpty()
                && !c.has(Cue.PAST)
                && !c.has(Cue.UNSURE)
                && !c.has(Cue.HEADCOUNT);
    }
}

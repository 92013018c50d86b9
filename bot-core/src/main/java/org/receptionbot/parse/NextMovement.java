package org.receptionbot.parse;

/**
 * A clause with no verb of its own that is the next movement of the same kind as the last one: the
 * rest of the delegation, the next batch, another delegation of a list.
 */
final class NextMovement {

    private NextMovement() {}

    static boolean follows(Clause c, Draft last) {
        return nextBatch(c, last) || rest(c, last) || nextDelegation(c, last);
    }

    /** (明天走的：河北8点) 甘肃9点半: another delegation with its own time or train, and nothing else, moves the same way. */
    private static boolean nextDelegation(Clause c, Draft last) {
        return last.isMovement()
                && !c.teams().isEmpty()
                && !c.teams().contains(last.team)
                && (!c.current(Mention.Clock.class).isEmpty()
                        || !c.current(Mention.Day.class).isEmpty()
                        || !c.all(Mention.Transport.class).isEmpty())
                && c.bare();
    }

    /**
     * (新疆队 27号早上8点 CZ6881 47人) 兵团25人同一班: another delegation with its people on the same train or flight,
     * with no day or time of its own.
     */
    static boolean sameTicket(Clause c, Draft last) {
        if (!last.isMovement()
                || last.date == null
                || c.teams().isEmpty()
                || c.teams().contains(last.team)) return false;
        if (Figures.people(c) == null
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        String said = c.span();
        for (String w : SAME) if (said.contains(w)) return true;
        return false;
    }

    private static final String[] SAME = {"同一班", "同一趟", "同一航班", "同一个航班", "同一车次", "同一班飞机", "同班"};

    /** (8个人明天先回去，)其余后天: the rest of the delegation on a day of its own. */
    private static boolean rest(Clause c, Draft last) {
        return last.isMovement()
                && c.has(Cue.REST)
                && !RestStaying.says(c)
                // 剩下的下午: the rest on a part of the day of their own, said with nothing else.
                && (!c.current(Mention.Day.class).isEmpty()
                        || !c.all(Mention.Part.class).isEmpty() && c.bareBesides(Cue.REST)
                        // (4人中午12点半MU2876) 其余下午5点的高铁: the rest at a clock time of their own; after a
                        // part counted with no hour (早上3个先走去机场) 剩下5个下午2点的高铁 too: other people, their
                        // ticket's hour (剩下的下午2点开会 is no ticket).
                        || (last.time != null || last.count != null && VerblessTicket.ticketAt(c) >= 0)
                                && !c.current(Mention.Clock.class).isEmpty()
                                && c.all(Mention.Meals.class).isEmpty());
    }

    private static boolean nextBatch(Clause c, Draft last) {
        // 第一批20人早上7点，第二批32人下午: a batch named by its order after one with its people.
        if (last.isMovement() && last.count != null && c.has(Cue.BATCH) && Figures.people(c) != null) return true;
        return last.isMovement()
                && last.time != null
                && !c.current(Mention.Clock.class).isEmpty()
                && (Figures.people(c) != null || !c.all(Mention.Transport.class).isEmpty());
    }
}

package org.receptionbot.parse;

/**
 * "先走的10个人晚饭就不吃了", "先走的20个吃完再走": people named by a move (a movement verb, 的, then the people)
 * in a clause that says what they do about a meal, with no day, time or ticket of its own, point at a movement
 * said before; the clause reports no movement.
 */
final class NamedByMove {
    private NamedByMove() {}

    static boolean describes(Clause c) {
        if (!c.has(Cue.EAT) && !c.has(Cue.CANCEL)) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.teams().isEmpty()) return false;
        int end = c.endOf(Cue.DEPART);
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // The people right after 的 (那 or 这 allowed between): a figure of them.
        int at = end + 1;
        if (at < c.end && "那这".indexOf(c.text.charAt(at)) >= 0) at++;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at) return true;
        return false;
    }
}

package org.receptionbot.parse;

/** A ticket and a check-out asked about in one stretch of words: two statements (see {@link #apart}). */
final class CheckOutBesideTicket {

    private CheckOutBesideTicket() {}

    /**
     * "吉林明天晚上8点的CZ6592 40个人 退房能不能延到下午两点", "退房能不能延到下午2点 我们下午4点20的航班 SC8878": a
     * ticket and a check-out asked about, said apart by a space, are two statements; where the second starts, or
     * -1.
     */
    static int apart(Clause c) {
        if (!c.has(Cue.TOPIC_ROOM)
                || c.movement() != null
                || c.all(Mention.Clock.class).isEmpty()) return -1;
        int room = c.text.indexOf("退房", c.start);
        int ticket = VerblessTicket.ticketAt(c);
        if (room < 0 || room >= c.end || ticket < 0) return -1;
        if (ticket < room) {
            int space = c.text.lastIndexOf(' ', room);
            return space > ticket ? space + 1 : -1;
        }
        int clock = -1;
        for (Mention.Clock m : c.all(Mention.Clock.class)) if (m.start() < ticket) clock = m.start();
        int space = clock < 0 ? -1 : c.text.lastIndexOf(' ', clock);
        return space > room ? space + 1 : -1;
    }
}

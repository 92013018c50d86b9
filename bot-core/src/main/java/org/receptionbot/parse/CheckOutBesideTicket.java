package org.receptionbot.parse;

/** A ticket or a departure and a check-out asked about in one stretch of words: two statements (see {@link #apart}). */
final class CheckOutBesideTicket {
    /** Words that put the check-out later. */
    private static final String[] PUT_LATER = {"延", "推", "晚点", "晚一点", "晚些"};

    private CheckOutBesideTicket() {}

    /**
     * "吉林明天晚上8点的CZ6592 40个人 退房能不能延到下午两点", "退房能不能延到下午2点 我们下午4点20的航班 SC8878": a
     * ticket and a check-out asked about, said apart by a space, are two statements; so are people leaving and a later
     * check-out asked for them ("甘肃还有14个晚上7点K1376走 房间能不能延到下午3点再退", "广东有6个人今天下午先走
     * 他们的房间能不能延迟到下午2点退"): the check-out's time is not the departure's. Where the second starts, or -1.
     */
    static int apart(Clause c) {
        if (!c.has(Cue.TOPIC_ROOM) || c.all(Mention.Clock.class).isEmpty()) return -1;
        int room = c.text.indexOf("退房", c.start);
        int ticket = VerblessTicket.ticketAt(c);
        if (c.movement() == null && room >= 0 && room < c.end && ticket >= 0) {
            if (ticket < room) {
                int space = c.text.lastIndexOf(' ', room);
                return space > ticket ? space + 1 : -1;
            }
            int clock = -1;
            for (Mention.Clock m : c.all(Mention.Clock.class)) if (m.start() < ticket) clock = m.start();
            int space = clock < 0 ? -1 : c.text.lastIndexOf(' ', clock);
            return space > room ? space + 1 : -1;
        }
        return laterCheckOut(c);
    }

    /**
     * Where a later check-out asked after a space starts ("… 房间能不能延到下午3点再退", "… 退房能推到3点吗"), when the
     * words before it leave by a verb or name a ticket; or -1.
     */
    private static int laterCheckOut(Clause c) {
        int topic = c.at(Cue.TOPIC_ROOM);
        int space = c.text.lastIndexOf(' ', topic);
        if (space <= c.start) return -1;
        String asked = c.text.substring(space + 1, c.end);
        if (asked.indexOf('退') < 0 || !putLater(asked) || !c.has(Cue.REQUEST) && !c.question) return -1;
        boolean leaves = c.has(Cue.DEPART) && c.at(Cue.DEPART) < space;
        int ticket = VerblessTicket.ticketAt(c);
        boolean ticketed = ticket >= c.start && ticket < space;
        boolean timed = false;
        for (Mention.Clock m : c.all(Mention.Clock.class)) timed |= m.end() <= space;
        return (leaves || ticketed && timed) ? space + 1 : -1;
    }

    private static boolean putLater(String s) {
        for (String w : PUT_LATER) if (s.contains(w)) return true;
        return false;
    }
}

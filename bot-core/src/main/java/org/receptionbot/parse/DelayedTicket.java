package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;

/**
 * A train or flight of a movement the message has just read, then said to be late with its new time ("福建12个人中午
 * 12点的MF8412走 刚接到通知MF8412延误到下午2点40"): that movement at the new time, no second movement.
 */
final class DelayedTicket {
    /** Words of a train or flight put later. */
    private static final String[] LATE = {"晚点", "延误", "延迟", "推迟", "推后", "改到", "改为", "改成"};

    private DelayedTicket() {}

    /**
     * "江西3个人晚上8点坐G1580到 G1580晚点了 要10点半才到": where the same train or flight, named again with its
     * delay and a new time, starts a statement of its own; -1 when it does not.
     */
    static int split(Clause c) {
        List<Mention.Transport> tickets = c.all(Mention.Transport.class);
        List<Mention.Clock> clocks = c.all(Mention.Clock.class);
        if (tickets.size() != 2 || clocks.size() != 2) return -1;
        Mention.Transport first = tickets.get(0);
        Mention.Transport again = tickets.get(1);
        if (!first.code().equals(again.code())) return -1;
        if (clocks.get(0).end() > again.start() || clocks.get(1).start() < again.end()) return -1;
        int late = lateAfter(c, again.end());
        return late < 0 || late > clocks.get(1).start() ? -1 : again.start();
    }

    /** Moves the movement read before on the clause's train or flight to the new time the clause says it is late to. */
    static boolean take(Clause c, Drafts drafts) {
        List<Mention.Transport> tickets = c.all(Mention.Transport.class);
        List<Mention.Clock> clocks = c.current(Mention.Clock.class);
        if (tickets.size() != 1 || clocks.isEmpty() || c.question) return false;
        int late = lateAfter(c, tickets.get(0).end());
        if (late < 0 || late > clocks.get(0).start()) return false;
        Draft moved = null;
        for (Draft d : drafts.since(0))
            if (d.isMovement() && tickets.get(0).code().equals(d.transport)) moved = d;
        LocalTime time = Figures.time(c);
        if (moved == null || time == null) return false;
        List<Mention.Day> days = c.current(Mention.Day.class);
        if (!days.isEmpty()) moved.date = days.get(0).date();
        // 晚上8点 … 晚点了 要10点半才到: a delay is later the same day; an hour read before the old one is the evening's.
        else if (moved.time != null && time.isBefore(moved.time) && time.getHour() < 12) time = time.plusHours(12);
        moved.time = time;
        moved.part = null;
        return true;
    }

    private static int lateAfter(Clause c, int from) {
        int first = -1;
        for (String w : LATE) {
            int at = c.text.indexOf(w, from);
            if (at >= 0 && at < c.end && (first < 0 || at < first)) first = at;
        }
        return first;
    }
}

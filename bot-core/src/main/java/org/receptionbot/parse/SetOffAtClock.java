package org.receptionbot.parse;

import java.time.LocalTime;

/**
 * "早上走的3个是去机场回济南 | 6点半已经出发了": after a departure of today with no time, a statement that says only a
 * clock time and the setting off as done (已经出发了, 已经走了) is when those people left: the departure's time, no
 * statement of its own. A time not yet past, another delegation or figure, or anything else said keeps it apart.
 */
final class SetOffAtClock {
    /** Words of leaving said as done. */
    private static final String[] DONE = {"已经出发了", "已出发", "出发了", "已经走了", "走了"};
    /** What may stand around the clock and the done verb (早上6点半就已经出发了). */
    private static final String FILLER = "早上清晨大概约左右就都他们已经啦了哈呀 ";

    private SetOffAtClock() {}

    /** Gives the departure {@code last} the clock time {@code c} says it left at; whether {@code c} is taken by it. */
    static boolean take(Clause c, Draft last, Reading reading) {
        if (last == null
                || last.kind != Draft.Kind.DEPARTURE
                || last.time != null
                || last.count == null
                || !reading.today().equals(last.date)
                || !c.teams().isEmpty()
                || !c.all(Mention.Count.class).isEmpty()) return false;
        var clocks = c.all(Mention.Clock.class);
        if (clocks.size() != 1) return false;
        Mention.Clock k = clocks.get(0);
        String rest = c.text.substring(c.start, k.start()) + c.text.substring(k.end(), c.end);
        String done = null;
        for (String w : DONE) {
            if (rest.contains(w)) {
                done = w;
                break;
            }
        }
        if (done == null) return false;
        String left = rest.replace(done, "");
        for (int i = 0; i < left.length(); i++) if (FILLER.indexOf(left.charAt(i)) < 0) return false;
        if (k.hour() > 23 || k.minute() > 59) return false;
        LocalTime at = LocalTime.of(k.hour(), k.minute());
        if (at.isAfter(reading.now().toLocalTime())) return false;
        last.time = at;
        return true;
    }
}

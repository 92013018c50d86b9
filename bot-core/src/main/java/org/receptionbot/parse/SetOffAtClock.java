package org.receptionbot.parse;

import java.time.LocalTime;

/**
 * "早上走的3个是去机场回济南 | 6点半已经出发了": after a departure of today with no time, a statement that says only a
 * clock time and the setting off as done (已经出发了, 已经走了) is when those people left: the departure's time, no
 * statement of its own. After a space rather than a comma it is cut off the movement all the same ({@link #opens}). A time not yet past, another delegation or figure, or anything else said keeps it apart.
 */
final class SetOffAtClock {
    /** Words of leaving said as done. */
    private static final String[] DONE = {"已经出发了", "已出发", "出发了", "已经走了", "走了"};
    /** What may stand around the clock and the done verb (早上6点半就已经出发了). */
    private static final String FILLER = "早上清晨大概约左右就都他们已经啦了哈呀 ";
    /** What ends the statement after the done verb: a space, punctuation or a line break. */
    private static final String BREAKS = " \u3000，,。.；;！!\n";

    private SetOffAtClock() {}

    /**
     * Whether the words from {@code from} (right after a space, past a movement) are only a clock time and the setting
     * off said done up to the next break ("早上走的3个是去机场回济南 6点半已经出发了"): a statement of its own, for {@link
     * #take}, as after a comma.
     */
    static boolean opens(String text, int from, java.util.List<Mention> mentions) {
        Mention.Clock clock = null;
        for (Mention m : mentions)
            if (m.start() >= from && m instanceof Mention.Clock k) {
                clock = k;
                break;
            }
        if (clock == null || !fillerOnly(text, from, clock.start())) return false;
        int end = endOfDone(text, clock);
        if (end < 0) return false;
        for (Mention m : mentions) if (m.start() >= clock.end() && m.start() < end) return false;
        return true;
    }

    /** Where the done verb after {@code clock} ends, when only filler stands between and a break or the end follows; else -1. */
    private static int endOfDone(String text, Mention.Clock clock) {
        for (int i = clock.end(); i < text.length(); i++) {
            for (String w : DONE) {
                if (!text.startsWith(w, i)) continue;
                int end = i + w.length();
                while (end < text.length() && "啦哈呀".indexOf(text.charAt(end)) >= 0) end++;
                if (end == text.length() || BREAKS.indexOf(text.charAt(end)) >= 0) return end;
            }
            if (FILLER.indexOf(text.charAt(i)) < 0 || text.charAt(i) == ' ') return -1;
        }
        return -1;
    }

    private static boolean fillerOnly(String text, int from, int to) {
        if (from > to) return false;
        for (int i = from; i < to; i++) if (FILLER.indexOf(text.charAt(i)) < 0 || text.charAt(i) == ' ') return false;
        return true;
    }

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

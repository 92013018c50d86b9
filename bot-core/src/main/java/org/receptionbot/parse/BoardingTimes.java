package org.receptionbot.parse;

import java.util.List;

/**
 * "柳州6、7号车 13:30党校东门上车", "明早8点在大堂上车": a clock time, then at most a place, then 上车 is
 * when to board, no head count; its counting cue is dropped unless a figure of people follows.
 */
final class BoardingTimes {
    /** How far, in characters, the clock time may stand before 上车 (a place between). */
    private static final int REACH = 8;

    private BoardingTimes() {}

    static void drop(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        if (text.indexOf("上车") < 0) return;
        hits.removeIf(
                h -> h.cue() == Cue.HEADCOUNT && text.startsWith("上车", h.start()) && timed(h.start(), mentions, text));
    }

    private static boolean timed(int at, List<Mention> mentions, String text) {
        boolean clock = false;
        for (Mention m : mentions) {
            if (m instanceof Mention.Clock && m.end() <= at && at - m.end() <= REACH && plain(text, m.end(), at))
                clock = true;
            // 13:30上车42人: a figure after it is a count all the same.
            if (m instanceof Mention.Count && m.start() >= at && m.start() - at <= 4) return false;
        }
        return clock;
    }

    /** No pause or line break between the clock time and the verb. */
    private static boolean plain(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n') return false;
        return true;
    }
}

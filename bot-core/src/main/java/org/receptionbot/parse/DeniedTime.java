package org.receptionbot.parse;

import java.util.List;

/**
 * "两点二十到不了 要三点四十左右", "一点肯定到不了 估计两点半": a clock time the movement is said not to make is no
 * time of it; the time said after it in the statement is the one that stands. Where the stretch after the
 * miss starts, or -1 (no time after the miss: as before, the statement's own reading).
 */
final class DeniedTime {
    /** Words saying the movement misses the time right before them. */
    private static final String[] MISSED = {"到不了", "赶不到", "到不到", "来不了", "走不了"};
    /** Words that may stand between the time and the miss. */
    private static final String[] BETWEEN = {"肯定", "可能", "估计", "怕是", "应该", "是", "也", "都"};

    private DeniedTime() {}

    static int after(Clause c) {
        List<Mention.Clock> clocks = c.all(Mention.Clock.class);
        for (int k = 0; k + 1 < clocks.size(); k++) {
            int at = clocks.get(k).end();
            for (String w : BETWEEN) if (c.text.startsWith(w, at)) at += w.length();
            for (String w : MISSED)
                if (c.text.startsWith(w, at)
                        && at + w.length() <= clocks.get(k + 1).start()) return at + w.length();
        }
        return -1;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * A ride named by its hour with no verb of coming or going ("五点的高铁", "我们7点半的飞机", "坐晚上8点的火车"): said
 * after a meal called off, it is the team's departure at that hour, a statement of its own ({@link MealStatementEnds});
 * read with the meal as one, the ride would be no movement. A verb after it ("五点的高铁走") keeps the two one
 * statement, read whole as before.
 */
final class BareRide {
    /** Words that may open the ride (我们, 坐, 是). */
    private static final String[] LEADS = {"我们坐", "我们是", "我们乘", "我们", "咱们", "坐", "乘", "是"};
    /** Words of a ride right after its time. */
    private static final String[] RIDES = {"的高铁", "的动车", "的火车", "的飞机", "的航班", "的班机"};

    private BareRide() {}

    /** Whether the words from {@code at} to {@code to} are a ride at its hour, with no arrival or departure verb. */
    static boolean at(String text, int at, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        int p = at;
        for (String w : LEADS)
            if (text.startsWith(w, p)) {
                p += w.length();
                break;
            }
        for (CueTable.Hit h : hits)
            if (h.start() >= at && h.end() <= to && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return false;
        for (Mention m : mentions) {
            if (m.start() < p) continue;
            if (m.start() > p || m.end() > to) return false;
            if (m instanceof Mention.Part) {
                p = m.end();
                continue;
            }
            if (!(m instanceof Mention.Clock)) return false;
            for (String w : RIDES) if (text.startsWith(w, m.end())) return true;
            return false;
        }
        return false;
    }
}

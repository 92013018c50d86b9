package org.receptionbot.parse;

import java.util.List;

/**
 * "中午回土家山寨吃 35", "先回九院休息": 回 straight before the name of one of the event's own places (as the event
 * file names it) is going back to where the delegation stays or eats, no departure from the event.
 */
final class OwnPlaceReturn {
    private OwnPlaceReturn() {}

    /** Drops each 回 (回到, 返回) of a departure that leads to one of the event's own places. */
    static void drop(List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.DEPART && backTo(h, hits, text));
    }

    private static boolean backTo(CueTable.Hit depart, List<CueTable.Hit> hits, String text) {
        if (!text.startsWith("回", depart.end() - 1)) return false;
        int at = depart.end();
        if (text.startsWith("到", at)) at++;
        for (CueTable.Hit h : hits) if (h.cue() == Cue.PLACE_OURS && h.start() == at) return true;
        return false;
    }
}

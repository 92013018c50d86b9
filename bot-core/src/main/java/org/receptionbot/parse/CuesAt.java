package org.receptionbot.parse;

import java.util.List;

/**
 * Cue words ({@link CueTable} hits) standing at a position of the text, for {@link SpaceBreaks} and {@link
 * SpaceOpenings}.
 */
final class CuesAt {
    private CuesAt() {}

    /** A hit of {@code cue} starting at {@code at}. */
    static boolean startsWith(int at, List<CueTable.Hit> hits, Cue cue) {
        for (CueTable.Hit h : hits) if (h.start() == at && h.cue() == cue) return true;
        return false;
    }

    /**
     * A word that turns the talk (talk, a request, a need, the rest, a batch, an aside, among them) starting at
     * {@code at}.
     */
    static boolean opensTurn(int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() != at) continue;
            Cue c = h.cue();
            if (c == Cue.TALK
                    || c == Cue.REQUEST
                    || c == Cue.NEED
                    || c == Cue.REST
                    || c == Cue.BATCH
                    || c == Cue.ASIDE
                    || c == Cue.AMONG) return true;
        }
        return false;
    }

    /** A cancel word starting at {@code from} and ending at {@code to}, or anywhere when {@code to} is negative. */
    static boolean cancels(int from, int to, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() == from && (to < 0 || h.end() == to) && h.cue() == Cue.CANCEL) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * The turn of a run-on stretch at the rest of the delegation named after a movement ("…坐早上8点的G3118剩下的后天走",
 * "…D636回重庆剩下的…"): the first 剩下的 or 其余 inside the stretch with a movement verb or a train or flight
 * right before it, maybe with where to and particles after it. One of the signals of {@link RunOnBreaks}.
 */
final class RestTurn {

    private RestTurn() {}

    /** Verbs that say where people go: the place named right after them is part of the movement. */
    private static final String DIRECTIONS = "回去返飞到";

    /** Where the first rest after a movement starts inside {@code (from, to)}, or -1. */
    static int first(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        int best = -1;
        for (CueTable.Hit h : hits) {
            if (h.start() > to) break;
            if (h.cue() == Cue.REST
                    && h.start() > from
                    && h.end() < to
                    && movedBefore(text, from, h.start(), mentions, hits)) best = min(best, h.start());
        }
        return best;
    }

    /**
     * "…G3118剩下的", "…8点走其余的", "…D636回重庆剩下的": right before {@code at}, a movement verb or a train or
     * flight, maybe with where to (回重庆, 先回哈尔滨) and particles after it.
     */
    private static boolean movedBefore(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = RunOnBreaks.pastParticles(text, from, at);
        int moved = -1;
        for (Mention m : mentions) {
            if (m.start() >= at) break;
            if (m.start() >= from && m instanceof Mention.Transport) moved = Math.max(moved, m.end());
        }
        for (CueTable.Hit h : hits) {
            if (h.start() >= at) break;
            if (h.start() >= from && h.end() <= at && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE))
                moved = Math.max(moved, h.end());
        }
        return moved >= 0 && (moved >= end || whereTo(text, moved, end, mentions));
    }

    /** 回重庆, 先回哈尔滨, 去机场: only where people go, a few characters with no figure, day or time. */
    private static boolean whereTo(String text, int from, int to, List<Mention> mentions) {
        if (to - from > 6) return false;
        int i = from;
        if (i < to && "先再就".indexOf(text.charAt(i)) >= 0) i++;
        // 回|贵阳: the verb itself says where to, and the place follows.
        boolean toward = from > 0 && DIRECTIONS.indexOf(text.charAt(from - 1)) >= 0;
        if (!toward && (i >= to || DIRECTIONS.indexOf(text.charAt(i)) < 0)) return false;
        for (Mention m : mentions) {
            if (m.start() >= to) break;
            if (m.end() > from && !(m instanceof Mention.Team)) return false;
        }
        return true;
    }

    private static int min(int best, int at) {
        return best < 0 || at < best ? at : best;
    }
}

package org.receptionbot.parse;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A message up to its clauses ({@link FrontReader}): the text as read (clipped to {@link MessageParser#MAX_CHARS}),
 * normalized and blanked, its mentions and cue words, its statements, and when it was sent in the event's zone.
 */
record Front(
        String original,
        String text,
        List<Mention> mentions,
        List<CueTable.Hit> hits,
        List<Clause> clauses,
        LocalDateTime local) {

    /** Whether a cue word puts the report off (待定, 估计 …), not only the figure ({@link #notSure}). */
    boolean defers() {
        boolean defers = false;
        for (CueTable.Hit h : hits) defers |= h.cue() == Cue.DEFER || h.cue() == Cue.UNSURE && !notSure(text, h);
        return defers;
    }

    /**
     * "二十五六个吧 … 不确定", "说不准", "还没统计完", "待定": the sender only unsure of the figure or still counting,
     * putting nothing off; a vague figure
     * on a definite report is then asked (估计, 可能 still leave it for later).
     */
    private static boolean notSure(String text, CueTable.Hit h) {
        return text.startsWith("不确定", h.start())
                || text.startsWith("说不准", h.start())
                || text.startsWith("不一定", h.start())
                || EstimateWords.stillCountingAt(text, h.start());
    }
}

package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cue words found in one clause's stretch [{@code start}, {@code end}) of a message: where each cue's first word
 * starts and ends, looked up by the cue's ordinal, and the message's hits to scan for the others.
 */
final class ClauseCues {
    private static final int CUES = Cue.values().length;
    private final String text;
    private final int start;
    private final int end;
    /** The cue words of the whole message, sorted by where they start. */
    final List<CueTable.Hit> hits;
    /** Where each cue's first word starts and ends in the text, by the cue's ordinal; -1 when absent. */
    private final int[] firstAt = new int[CUES];

    private final int[] firstEnd = new int[CUES];

    /** The cues of {@code text}'s stretch [{@code start}, {@code end}) among {@code hits}, sorted by start. */
    ClauseCues(String text, int start, int end, List<CueTable.Hit> hits) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.hits = hits;
        Arrays.fill(firstAt, -1);
        // Hits come sorted by where they start: none after the end of the clause can be inside it.
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() > end) break;
            int k = h.cue().ordinal();
            if (h.start() >= start && h.end() <= end && firstAt[k] < 0) {
                firstAt[k] = h.start();
                firstEnd[k] = h.end();
            }
        }
    }

    /** Whether a word of {@code cue} is in the stretch. */
    boolean has(Cue cue) {
        return firstAt[cue.ordinal()] >= 0;
    }

    /** Where the cue's first word starts, or -1. */
    int at(Cue cue) {
        return firstAt[cue.ordinal()];
    }

    /** Where the cue's first word ends, or -1. */
    int endOf(Cue cue) {
        return has(cue) ? firstEnd[cue.ordinal()] : -1;
    }

    /** Whether a word of any cue other than {@code cue} is in the stretch. */
    boolean hasAnyBut(Cue cue) {
        for (int k = 0; k < CUES; k++) if (k != cue.ordinal() && firstAt[k] >= 0) return true;
        return false;
    }

    /** Whether a word of {@code cue} other than {@code word} is in the stretch (退房 beside 走). */
    boolean hasOtherThan(Cue cue, String word) {
        for (CueTable.Hit h : hits) {
            if (h.start() >= end) break;
            if (h.cue() != cue || h.start() < start) continue;
            if (h.end() - h.start() != word.length() || !text.startsWith(word, h.start())) return true;
        }
        return false;
    }

    /**
     * Marks the characters of every word of {@code cue} in the stretch as {@code covered} (indexed from its start),
     * but for a word right after one of {@code notAfter} or right before one of {@code notBefore}.
     */
    void cover(Cue cue, boolean[] covered, String notAfter, String notBefore) {
        for (CueTable.Hit h : hits) {
            if (h.start() >= end) break;
            if (h.cue() != cue || h.start() < start || h.end() > end) continue;
            if (h.start() > 0 && notAfter.indexOf(text.charAt(h.start() - 1)) >= 0) continue;
            if (h.end() < text.length() && notBefore.indexOf(text.charAt(h.end())) >= 0) continue;
            for (int i = h.start(); i < h.end(); i++) covered[i - start] = true;
        }
    }

    /** The message's hits but the words of {@code cue} that start within [{@code from}, {@code to}). */
    List<CueTable.Hit> without(Cue cue, int from, int to) {
        List<CueTable.Hit> kept = new ArrayList<>(hits.size());
        for (CueTable.Hit h : hits) if (h.cue() != cue || h.start() < from || h.start() >= to) kept.add(h);
        return kept;
    }
}

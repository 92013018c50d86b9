package org.receptionbot.parse;

import java.util.List;

/**
 * What kinds of cue words and mentions a message holds, worked out once from its {@link Front}: the preconditions of
 * the steps that cannot change anything unless the message holds a kind (cue-dispatch). A step whose precondition
 * fails is skipped; the output is the same as when it runs ({@code CueDispatchTest} reads every corpus line both ways).
 *
 * @param cues one bit per {@link Cue}, by its ordinal, for every cue word in the message
 * @param routes whether the message names a site-visit route ({@link Mention.Route})
 */
record MessageCues(long[] cues, boolean routes) {
    private static final int CUES = Cue.values().length;

    /** The kinds {@code f} holds. */
    static MessageCues of(Front f) {
        long[] bits = new long[(CUES + 63) / 64];
        for (CueTable.Hit h : f.hits()) {
            int k = h.cue().ordinal();
            bits[k >>> 6] |= 1L << k;
        }
        return new MessageCues(bits, namesRoute(f.mentions()));
    }

    /** Whether a word of {@code cue} is anywhere in the message. */
    boolean has(Cue cue) {
        int k = cue.ordinal();
        return (cues[k >>> 6] & 1L << k) != 0;
    }

    private static boolean namesRoute(List<Mention> mentions) {
        for (int i = 0, n = mentions.size(); i < n; i++) if (mentions.get(i) instanceof Mention.Route) return true;
        return false;
    }
}

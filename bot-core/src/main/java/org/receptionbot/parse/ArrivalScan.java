package org.receptionbot.parse;

import java.util.List;
import java.util.function.Predicate;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * What the settling steps of "a team arrived, is arriving, was picked up" read alike ({@link PickedUp},
 * {@link PickupTeams}, {@link PickupHead}, {@link PickupMet}, {@link ArrivedShort}, {@link ArrivedWithNews},
 * {@link NowSaid}, {@link OnWayHere}): words found at a place of the text, mentions starting or ending there, who
 * arrives, whether the message asks, and whether what the rules read is an arrival's kind of reading. A change to how
 * an arrival is read in a message as a whole lands here; the words themselves stay in their families' word classes
 * ({@link PickupWords}, {@link ArrivedWords}).
 */
final class ArrivalScan {
    private ArrivalScan() {}

    /** The word of {@code words} that starts at {@code at} in {@code text}, longest listed first, or null. */
    static String at(String text, int at, String[] words) {
        for (String w : words) if (text.startsWith(w, at)) return w;
        return null;
    }

    /** The word of {@code words} that ends at {@code end} (exclusive) in {@code text}, or null. */
    static String before(String text, int end, String[] words) {
        for (String w : words) if (end >= w.length() && text.startsWith(w, end - w.length())) return w;
        return null;
    }

    /** Whether {@code piece} contains one of {@code words}. */
    static boolean has(String piece, String[] words) {
        for (String w : words) if (piece.contains(w)) return true;
        return false;
    }

    /** Where the run of {@code words} starting at {@code at} ends. */
    static int skip(String text, int at, String[] words) {
        int j = at;
        for (String w = at(text, j, words); w != null; w = at(text, j, words)) j += w.length();
        return j;
    }

    /** Where the run of {@code words} starting at {@code at}, and the spaces after it, end. */
    static int skipSpaced(String text, int at, String[] words) {
        int j = skip(text, at, words);
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j;
    }

    /** The mention of {@code kind} that starts at {@code start}, or null. */
    static <T extends Mention> T startingAt(List<Mention> mentions, int start, Class<T> kind) {
        for (Mention x : mentions) if (kind.isInstance(x) && x.start() == start) return kind.cast(x);
        return null;
    }

    /** The mention of {@code kind} that ends at {@code end}, or null. */
    static <T extends Mention> T endingAt(List<Mention> mentions, int end, Class<T> kind) {
        for (Mention x : mentions) if (kind.isInstance(x) && x.end() == end) return kind.cast(x);
        return null;
    }

    /** A day, a clock time or a part of the day: the movement is said for a time of its own, not as it happens. */
    static boolean timed(Mention x) {
        return x instanceof Mention.Day || x instanceof Mention.Clock || x instanceof Mention.Part;
    }

    /** A question: 吗, ？ or ?. */
    static boolean asked(String text) {
        return text.indexOf('吗') >= 0 || text.indexOf('？') >= 0 || text.indexOf('?') >= 0;
    }

    /** Who arrives: the one delegation named, else the sender's; null when several are named. */
    static String delegation(List<Mention> mentions, String sender) {
        String named = null;
        for (Mention x : mentions)
            if (x instanceof Mention.Team t) {
                if (named != null && !named.equals(t.id())) return null;
                named = t.id();
            }
        return named != null ? named : sender;
    }

    /**
     * Whether what the rules read is the arrival's kind of reading: every record {@code records} takes, every draft of a
     * question {@code drafts} takes (a question with no draft always).
     */
    static boolean readsOnly(ParseOutcome read, Predicate<Record> records, Predicate<Record> drafts) {
        for (Record r : read.records()) if (!records.test(r)) return false;
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) if (g.draft() != null && !drafts.test(g.draft())) return false;
        return true;
    }
}

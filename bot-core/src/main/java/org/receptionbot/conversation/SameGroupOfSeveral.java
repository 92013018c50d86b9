package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Movement;

/**
 * Several recorded groups of a delegation of the same size that day (分两批 15 and 15), one of them said again: the one
 * at the time, or on the train or flight, said ("剩下的15人今天11点半坐D2282离开"), or the first to go when the people are
 * named as those leaving first ("先走的15个上车了 去机场"); none when that still leaves several.
 */
final class SameGroupOfSeveral {
    private static final Pattern FIRST = Pattern.compile("先走的|先走那|第一批|头一批|早走的");

    private SameGroupOfSeveral() {}

    /** The one entry of {@code fits} that {@code m}, said in {@code text}, restates; empty when not one. */
    static Optional<Entry> pick(Movement m, String text, List<Entry> fits) {
        if (fits.size() < 2) return Optional.empty();
        List<Entry> timed = fits.stream()
                .filter(e -> m.time() != null && m.time().equals(((Movement) e.record()).time())
                        || m.time() == null
                                && m.transport() != null
                                && m.transport().equals(((Movement) e.record()).transport()))
                .toList();
        if (timed.size() == 1) return Optional.of(timed.get(0));
        if (m.time() != null || m.transport() != null || !FIRST.matcher(text).find()) return Optional.empty();
        if (fits.stream().map(e -> ((Movement) e.record()).date()).distinct().count() > 1) return Optional.empty();
        if (fits.stream().anyMatch(e -> ((Movement) e.record()).time() == null)) return Optional.empty();
        Entry first = fits.stream()
                .min(Comparator.comparing(
                        e -> ((Movement) e.record()).time(), Comparator.nullsLast(LocalTime::compareTo)))
                .orElseThrow();
        LocalTime at = ((Movement) first.record()).time();
        long same = fits.stream()
                .filter(e -> Objects.equals(((Movement) e.record()).time(), at))
                .count();
        return same == 1 ? Optional.of(first) : Optional.empty();
    }
}

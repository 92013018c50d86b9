package org.receptionbot.summary;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Movement;

/**
 * A delegation's movements of one kind as they stand on the movement board: one movement reported again (a bus
 * liaison's "天津4人接到了" after the team's "我们4个人上1号车了 大概10点到", a delay, a second "接到了") confirms or
 * updates it, never adds people. The whole team's movement stands as its latest report (as {@link
 * org.receptionbot.ledger.StandingMovements} does for meals and /status); a part said done ("接到云南的处长了 1位")
 * stands for the earlier part of the same day, the same people and the same or no train or flight still expected
 * when it was said, the nearest in time of them.
 */
final class RepeatedMovements {
    private RepeatedMovements() {}

    /** {@code entries} (one delegation's, one kind) without those reported again by a later one. */
    static List<Entry> standing(List<Entry> entries, Delegation d, ZoneId zone) {
        Entry latestWhole = entries.stream()
                .filter(e -> whole(e, d))
                .max(Comparator.comparing((Entry e) -> e.source().at()))
                .orElse(null);
        List<Entry> kept = new ArrayList<>(
                entries.stream().filter(e -> !whole(e, d) || e == latestWhole).toList());
        List<Entry> parts = kept.stream()
                .filter(e -> !whole(e, d))
                .sorted(Comparator.comparing((Entry e) -> e.source().at()))
                .toList();
        for (Entry later : parts) {
            if (!kept.contains(later) || !done(later, zone)) continue;
            kept.stream()
                    .filter(e -> e != later && !whole(e, d) && sameMovement(e, later, zone))
                    .min(Comparator.comparing(e -> distance(e, later)))
                    .ifPresent(kept::remove);
        }
        return kept;
    }

    private static boolean sameMovement(Entry earlier, Entry later, ZoneId zone) {
        Movement a = (Movement) earlier.record();
        Movement b = (Movement) later.record();
        return earlier.source().at().isBefore(later.source().at())
                && !done(earlier, zone)
                && a.date().equals(b.date())
                && Objects.equals(a.count(), b.count())
                && (a.transport() == null
                        || b.transport() == null
                        || a.transport().equals(b.transport()));
    }

    private static Duration distance(Entry e, Entry later) {
        Movement a = (Movement) e.record();
        Movement b = (Movement) later.record();
        if (a.time() == null || b.time() == null) return Duration.ofDays(1);
        return Duration.between(a.time(), b.time()).abs();
    }

    /** Whether the entry said its movement had happened: reported at or after the movement's time. */
    private static boolean done(Entry e, ZoneId zone) {
        Movement m = (Movement) e.record();
        if (m.time() == null) return false;
        LocalDateTime reported = LocalDateTime.ofInstant(e.source().at(), zone).truncatedTo(ChronoUnit.MINUTES);
        return !reported.isBefore(m.date().atTime(m.time()));
    }

    private static boolean whole(Entry e, Delegation d) {
        Movement m = (Movement) e.record();
        return m.count() == null || m.count() >= d.size();
    }
}

package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * What a report is about, for a newer report to take a held one's place: a delegation's serving of a
 * meal, a delegation on a visit route, a delegation's head count on a bus ({@link #replaces}). Other records replace
 * nothing.
 */
final class Slots {
    private Slots() {}

    /** One thing a report is about. */
    record Slot(String kind, String delegation, LocalDate date, String what) {}

    static List<Slot> of(Record r) {
        if (r instanceof MealRecord m) return List.of(new Slot("meal", m.delegation(), m.date(), m.meal()));
        if (r instanceof Visit v) return List.of(new Slot("visit", v.delegation(), null, v.route()));
        if (r instanceof VisitChange c)
            return Stream.of(c.from(), c.to())
                    .filter(Objects::nonNull)
                    .map(route -> new Slot("visit", c.delegation(), null, route))
                    .toList();
        if (r instanceof Headcount h) return List.of(new Slot("bus", h.delegation(), null, h.vehicle()));
        return List.of();
    }

    /**
     * Whether a newer report about {@code newer} takes the place of a held one about {@code held}: the same thing; a bus
     * count, of the same bus unless both name delegations and they differ (青海's people on 湖南's bus are not 湖南's).
     */
    static boolean replaces(Slot newer, Slot held) {
        if (!newer.kind().equals("bus") || !held.kind().equals("bus")) return newer.equals(held);
        boolean either = newer.delegation() == null || held.delegation() == null;
        return newer.what().equals(held.what()) && (either || newer.delegation().equals(held.delegation()));
    }
}

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
 * meal, a delegation on a visit route, a bus's head count. Other records replace nothing.
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
        if (r instanceof Headcount h) return List.of(new Slot("bus", null, null, h.vehicle()));
        return List.of();
    }
}

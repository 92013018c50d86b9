package org.receptionbot.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;

/**
 * Links the entries of one message version to the departure they belong to ({@link Entry#movement}).
 * A departure recorded in place of an earlier departure of its delegation (a confirmation or a
 * correction of it) is that departure still: the one of the same figure, else the only one replaced.
 * A meal cancelled for part of a delegation in the same message as its departure of the same figure
 * ("明早6人7点走，早饭不吃了") is for the leavers; one recorded in place of such a cancellation stays theirs.
 */
final class MovementLinks {

    private MovementLinks() {}

    /** {@code entries} linked, given the entries they are recorded in place of. */
    static List<Entry> link(List<Entry> entries, List<Entry> replaced) {
        List<Entry> moved = entries.stream().map(e -> continuing(e, replaced)).toList();
        return moved.stream().map(e -> leavers(e, moved, replaced)).toList();
    }

    private static Entry continuing(Entry e, List<Entry> replaced) {
        if (!(e.record() instanceof Departure d)) return e;
        List<Entry> earlier = replaced.stream()
                .filter(r -> r.record() instanceof Departure x && x.delegation().equals(d.delegation()))
                .toList();
        Optional<Entry> same = earlier.stream()
                .filter(r -> Objects.equals(((Departure) r.record()).count(), d.count()))
                .findFirst();
        Entry of = same.orElse(earlier.size() == 1 ? earlier.get(0) : null);
        return of == null ? e : with(e, of.movementId());
    }

    private static Entry leavers(Entry e, List<Entry> message, List<Entry> replaced) {
        if (!(e.record() instanceof MealCancel c) || c.wholeDelegation()) return e;
        Optional<Entry> departure = message.stream()
                .filter(m -> m.record() instanceof Departure d
                        && d.count() != null
                        && d.delegation().equals(c.delegation())
                        && d.count().equals(c.count()))
                .findFirst();
        if (departure.isPresent()) return with(e, departure.get().movementId());
        return replaced.stream()
                .filter(r -> r.movement() != null
                        && r.record() instanceof MealCancel x
                        && x.delegation().equals(c.delegation())
                        && x.meal().equals(c.meal())
                        && x.date().equals(c.date()))
                .findFirst()
                .map(r -> with(e, r.movement()))
                .orElse(e);
    }

    private static Entry with(Entry e, String movement) {
        return new Entry(e.id(), e.day(), e.record(), e.source(), e.late(), movement);
    }
}

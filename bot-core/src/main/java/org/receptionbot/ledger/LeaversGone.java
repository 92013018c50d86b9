package org.receptionbot.ledger;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.receptionbot.event.Meal;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;

/**
 * "明早6人7点走，早饭不吃了": a meal cancelled for the people of a partial departure ({@link
 * Entry#movement}, see {@link MovementLinks}). When the departure in force (as reported, confirmed or
 * corrected since) had them gone as the serving begins and was known by then, {@link Presence} has
 * taken them away, and the cancellation must not take them away a second time.
 */
final class LeaversGone {

    private LeaversGone() {}

    /** Whether the cancellation's people are the leavers of a departure {@link Presence} counts gone at the serving. */
    static boolean counted(Entry cancel, List<Entry> movements, Meal meal, ZoneId zone) {
        if (!(cancel.record() instanceof MealCancel c) || c.wholeDelegation()) return false;
        LocalDateTime serving = c.date().atTime(meal.serveFrom());
        for (Entry e : movements) {
            if (!(e.record() instanceof Departure d) || d.count() == null || !ofLeavers(cancel, e)) continue;
            LocalTime time =
                    d.time() != null ? d.time() : d.part() != null ? d.part().to() : null;
            boolean known = !LocalDateTime.ofInstant(e.source().knownAt(), zone).isAfter(serving);
            if (time != null && known && !d.date().atTime(time).isAfter(serving)) return true;
        }
        return false;
    }

    /**
     * Whether the cancellation is for the departure's people: linked to it, or, stored before links
     * were, sent in the message that first reported it with the same delegation and figure.
     */
    private static boolean ofLeavers(Entry cancel, Entry departure) {
        if (cancel.movement() != null) return cancel.movement().equals(departure.movementId());
        MealCancel c = (MealCancel) cancel.record();
        Departure d = (Departure) departure.record();
        return d.delegation().equals(c.delegation())
                && d.count().equals(c.count())
                && departure.movementId().startsWith(cancel.source().messageKey() + "#");
    }
}

package org.receptionbot.ledger;

import java.time.LocalTime;
import java.util.List;
import org.receptionbot.event.Meal;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;

/**
 * "明早6人7点走，早饭不吃了": a meal cancelled for the people of a partial departure reported in the same
 * message. When they are already gone as the serving begins, {@link Presence} has taken them away,
 * and the cancellation must not take them away a second time.
 */
final class LeaversGone {

    private LeaversGone() {}

    /** Whether the cancellation's people are the departure's of the same message, gone by the serving. */
    static boolean counted(Entry cancel, List<Entry> movements, Meal meal) {
        if (!(cancel.record() instanceof MealCancel c) || c.wholeDelegation()) return false;
        for (Entry e : movements) {
            if (!(e.record() instanceof Departure d)
                    || d.count() == null
                    || !d.count().equals(c.count())
                    || !d.delegation().equals(c.delegation())
                    || !d.date().equals(c.date())
                    || !e.source().messageKey().equals(cancel.source().messageKey())) continue;
            LocalTime gone =
                    d.time() != null ? d.time() : d.part() != null ? d.part().to() : null;
            if (gone != null && !gone.isAfter(meal.serveFrom())) return true;
        }
        return false;
    }
}

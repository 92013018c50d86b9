package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealTally;

/**
 * The counts of a meal taken on request ({@link Meal#onRequest()}): a delegation that has not
 * reported the day counts as its last report of the meal on an earlier day of the event (0 if it
 * never ordered it or last said none), never more than its people there that day.
 */
final class CarriedForward {
    private final Event event;
    private final Ledger ledger;
    private final MealTally tally;

    CarriedForward(Event event, Ledger ledger, MealTally tally) {
        this.event = event;
        this.ledger = ledger;
        this.tally = tally;
    }

    /** {@code counts} of the day with the unreported delegations' figures carried forward. */
    Map<String, DinerCount> apply(LocalDate date, Meal meal, List<Entry> movements, Map<String, DinerCount> counts) {
        Map<String, Integer> last = lastReported(date, meal, movements);
        Map<String, DinerCount> out = new LinkedHashMap<>();
        counts.forEach((id, c) -> out.put(id, c.reported() ? c : carried(c, last.getOrDefault(id, 0))));
        return out;
    }

    private static DinerCount carried(DinerCount there, int last) {
        return new DinerCount(Math.min(last, there.diners()), false, false, 0, there.stay());
    }

    /** Per delegation, its figure on the last earlier day it reported the meal. */
    private Map<String, Integer> lastReported(LocalDate date, Meal meal, List<Entry> movements) {
        Map<String, Integer> last = new HashMap<>();
        for (LocalDate d = event.start(); d.isBefore(date); d = d.plusDays(1)) {
            tally.count(ledger.day(d), movements, meal).forEach((id, c) -> {
                if (c.reported()) last.put(id, c.diners());
            });
        }
        return last;
    }
}

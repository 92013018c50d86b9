package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;

/**
 * The meal arithmetic: for each delegation, its people who are there ({@link Presence}: zero before
 * arrival and after departure, fewer after part of it left), the last MEAL_COUNT as the new base
 * (an absolute figure; "as planned" is the people who are there), then cancellations and additions
 * in order, never below zero. For a meal taken on request ({@link Meal#onRequest()}, 宵夜), when built
 * with the ledger, each day stands alone: a day without a count starts from 0 (a figure reported for
 * one night is not carried to the next), and the changes of the day apply to that 0.
 */
public final class MealTally {
    private final Event event;
    private final Ledger ledger;

    /** A tally that counts from the full size every day, whatever the meal. */
    public MealTally(Event event) {
        this(event, null);
    }

    /** A tally that counts on-request meals from 0 on a day without a count ({@code ledger}: undone movements). */
    public MealTally(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The expected diners of every delegation at one serving, in the event file's order. */
    /** {@code movements}: the movement entries in force. */
    public Map<String, DinerCount> count(DayLog log, List<Entry> movements, Meal meal) {
        return fold(log, movements, meal, lastReports(log.day(), movements, meal));
    }

    /** The expected diners of one delegation at one serving. */
    public DinerCount count(DayLog log, List<Entry> movements, Meal meal, String delegation) {
        Delegation d = event.delegation(delegation)
                .orElseThrow(() -> new IllegalArgumentException("unknown delegation: " + delegation));
        if (carries(meal)) return count(log, movements, meal).get(delegation);
        DinerFold fold = DinerFold.of(Presence.reported(d, movements, undone(), event.zone()), log.day(), meal);
        for (Entry e : log.active()) {
            if (e.record() instanceof MealRecord r
                    && r.meal().equals(meal.id())
                    && r.delegation().equals(delegation)) fold.take(r, e, movements, meal, event.zone());
        }
        return fold.result();
    }

    /**
     * The movements of the event's days taken back, with when: a serving that had begun by then keeps them
     * ({@link Presence}). None when built without the ledger.
     */
    private List<Presence.Undone> undone() {
        if (ledger == null) return List.of();
        List<Presence.Undone> undone = new ArrayList<>();
        for (LocalDate d = event.start(); !d.isAfter(event.lastServiceDay()); d = d.plusDays(1)) {
            DayLog log = ledger.day(d);
            if (log.withdrawn().isEmpty()) continue;
            for (Entry e : log.entries()) {
                Withdrawal w = log.withdrawn().get(e.id());
                if (w != null && e.record() instanceof Movement) undone.add(new Presence.Undone(e, w.by().knownAt()));
            }
        }
        return undone;
    }

    /** Whether a day is one of the event's and the meal id is known. */
    public boolean serves(LocalDate date, String meal) {
        return event.serves(date) && event.meal(meal).isPresent();
    }

    private boolean carries(Meal meal) {
        return ledger != null && meal.onRequest();
    }

    /**
     * Per delegation, where an on-request meal's day starts before its reports: nothing from an earlier day (every
     * delegation at 0, trial 45: "留饭改成宵夜吧 55份" is that night's only); null for a regular meal.
     */
    private Map<String, Integer> lastReports(LocalDate date, List<Entry> movements, Meal meal) {
        return carries(meal) ? Map.of() : null;
    }

    /**
     * The entries of a serving sent after its deadline that changed a delegation's figure, in order: a
     * late report equal to the figure that stood ("7个人都在" of a delegation of 7) changes nothing.
     */
    public List<Entry> lateChanges(DayLog log, List<Entry> movements, Meal meal) {
        List<Entry> changed = new ArrayList<>();
        for (DinerFold f : folds(log, movements, meal, lastReports(log.day(), movements, meal))
                .values()) changed.addAll(f.lateChanged());
        changed.sort(java.util.Comparator.comparingInt(log.active()::indexOf));
        return changed;
    }

    private Map<String, DinerCount> fold(DayLog log, List<Entry> movements, Meal meal, Map<String, Integer> last) {
        Map<String, DinerCount> counts = new LinkedHashMap<>();
        folds(log, movements, meal, last).forEach((id, fold) -> counts.put(id, fold.result()));
        return counts;
    }

    private Map<String, DinerFold> folds(DayLog log, List<Entry> movements, Meal meal, Map<String, Integer> last) {
        Map<String, DinerFold> folds = new LinkedHashMap<>();
        List<Presence.Undone> undone = undone();
        for (Delegation d : event.delegations()) {
            DinerFold fold = DinerFold.of(Presence.reported(d, movements, undone, event.zone()), log.day(), meal);
            if (last != null) fold.carry(last.get(d.id()));
            folds.put(d.id(), fold);
        }
        for (Entry e : log.active()) {
            if (e.record() instanceof MealRecord r && r.meal().equals(meal.id())) {
                DinerFold fold = folds.get(r.delegation());
                if (fold != null) fold.take(r, e, movements, meal, event.zone());
            }
        }
        return folds;
    }
}

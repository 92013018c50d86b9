package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * The diners of the servings a message touches, taken before and after applying it, so the answer
 * can show the effect ("35人→0人") and the meals a departure cancels.
 */
public final class MealSnapshot {
    private final Map<Serving, DinerCount> counts = new LinkedHashMap<>();

    /** A delegation at one serving. */
    public record Serving(String delegation, LocalDate date, String meal) {

        /** The meal records of {@code records} by the serving each is of, in the order they come. */
        public static Map<Serving, List<MealRecord>> of(List<Record> records) {
            Map<Serving, List<MealRecord>> by = new LinkedHashMap<>();
            for (Record r : records)
                if (r instanceof MealRecord m)
                    by.computeIfAbsent(new Serving(m.delegation(), m.date(), m.meal()), k -> new ArrayList<>())
                            .add(m);
            return by;
        }
    }

    /** Reads each day touched once, and the movements once, however many servings there are. */
    public static MealSnapshot of(Event event, Ledger ledger, List<Record> records) {
        MealSnapshot s = new MealSnapshot();
        List<Serving> servings = servings(event, records);
        if (servings.isEmpty()) return s;
        List<Entry> movements = ledger.activeMovements();
        MealTally tally = new MealTally(event, ledger);
        Map<LocalDate, DayLog> days = new HashMap<>();
        for (Serving serving : servings) {
            DayLog log = days.computeIfAbsent(serving.date(), d -> ledger.day(d));
            Meal meal = event.meal(serving.meal()).orElseThrow();
            s.counts.put(serving, tally.count(log, movements, meal, serving.delegation()));
        }
        return s;
    }

    /** Whether a meal record's serving has another figure in {@code after} than here; false for other records. */
    public boolean changedBy(Record r, MealSnapshot after) {
        if (!(r instanceof MealRecord m)) return false;
        Serving s = new Serving(m.delegation(), m.date(), m.meal());
        DinerCount was = count(s);
        DinerCount now = after.count(s);
        return was == null || now == null || was.diners() != now.diners();
    }

    /**
     * Whether a serving whose count deadline had passed at {@code at} has another figure in {@code
     * after}: a movement that changes a locked meal is a late change the caterer must hear of.
     */
    public boolean changedPastDeadline(MealSnapshot after, Event event, Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, event.zone());
        for (Map.Entry<Serving, DinerCount> e : counts.entrySet()) {
            DinerCount then = after.count(e.getKey());
            if (then == null || then.diners() == e.getValue().diners()) continue;
            Serving s = e.getKey();
            boolean locked = event.meal(s.meal())
                    .map(meal -> !now.isBefore(meal.deadlineFor(s.date())))
                    .orElse(false);
            if (locked) return true;
        }
        return false;
    }

    public DinerCount count(Serving serving) {
        return counts.get(serving);
    }

    public Map<Serving, DinerCount> counts() {
        return counts;
    }

    private static List<Serving> servings(Event event, List<Record> records) {
        List<Serving> servings = new ArrayList<>();
        for (Record r : records) {
            if (event.delegation(r.delegation()).isEmpty()) continue;
            if (r instanceof MealRecord m && event.meal(m.meal()).isPresent())
                servings.add(new Serving(m.delegation(), m.date(), m.meal()));
            if (r instanceof Movement) servings.addAll(allServings(event, r.delegation()));
        }
        return servings.stream().distinct().toList();
    }

    private static List<Serving> allServings(Event event, String delegation) {
        List<Serving> all = new ArrayList<>();
        // the day after the last, while a team is still there by plan: a departure moved before its breakfast changes
        // it
        for (LocalDate d = event.start(); !d.isAfter(event.lastServiceDay()); d = d.plusDays(1)) {
            for (Meal meal : event.meals()) all.add(new Serving(delegation, d, meal.id()));
        }
        return all;
    }
}

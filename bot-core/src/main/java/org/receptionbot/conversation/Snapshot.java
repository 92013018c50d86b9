package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.command.Desk;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.MealTally;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * The diners of the servings a message touches, taken before and after applying it, so the answer
 * can show the effect ("35人→0人") and the meals a departure cancels.
 */
final class Snapshot {
    private final Map<Serving, DinerCount> counts = new LinkedHashMap<>();

    /** A delegation at one serving. */
    record Serving(String delegation, LocalDate date, String meal) {}

    /** Reads each day touched once, and the movements once, however many servings there are. */
    static Snapshot of(Desk desk, List<Record> records) {
        Snapshot s = new Snapshot();
        List<Serving> servings = servings(desk, records);
        if (servings.isEmpty()) return s;
        List<Movement> movements = desk.ledger().activeMovements().stream()
                .map(e -> (Movement) e.record())
                .toList();
        MealTally tally = new MealTally(desk.event());
        Map<LocalDate, DayLog> days = new HashMap<>();
        for (Serving serving : servings) {
            DayLog log = days.computeIfAbsent(serving.date(), d -> desk.ledger().day(d));
            Meal meal = desk.event().meal(serving.meal()).orElseThrow();
            s.counts.put(serving, tally.count(log, movements, meal, serving.delegation()));
        }
        return s;
    }

    DinerCount count(Serving serving) {
        return counts.get(serving);
    }

    Map<Serving, DinerCount> counts() {
        return counts;
    }

    private static List<Serving> servings(Desk desk, List<Record> records) {
        List<Serving> servings = new ArrayList<>();
        for (Record r : records) {
            if (desk.event().delegation(r.delegation()).isEmpty()) continue;
            if (r instanceof MealRecord m && desk.event().meal(m.meal()).isPresent())
                servings.add(new Serving(m.delegation(), m.date(), m.meal()));
            if (r instanceof Movement) servings.addAll(allServings(desk, r.delegation()));
        }
        return servings.stream().distinct().toList();
    }

    private static List<Serving> allServings(Desk desk, String delegation) {
        List<Serving> all = new ArrayList<>();
        for (LocalDate d = desk.event().start(); !d.isAfter(desk.event().end()); d = d.plusDays(1)) {
            for (Meal meal : desk.event().meals()) all.add(new Serving(delegation, d, meal.id()));
        }
        return all;
    }
}

package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.testing.Sources;

class MealTallyTest {
    private final Event event = TestEvents.reference();
    private final LocalDate day = event.start().plusDays(2);

    @Test
    void oneDelegationsCountIsItsLineOfTheWholeServingsCount() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            DayLog log = randomDay(random, 400);
            MealTally tally = new MealTally(event);
            for (Meal meal : event.meals()) {
                Map<String, DinerCount> all = tally.count(log, List.of(), meal);
                for (Delegation d : event.delegations()) {
                    assertThat(tally.count(log, List.of(), meal, d.id()))
                            .as("%s %s", d.id(), meal.id())
                            .isEqualTo(all.get(d.id()));
                }
            }
        }
    }

    /** Counts, additions and cancellations (some whole-delegation, some late, some withdrawn). */
    private DayLog randomDay(Random random, int size) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Withdrawal> withdrawn = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Delegation d =
                    event.delegations().get(random.nextInt(event.delegations().size()));
            String meal =
                    event.meals().get(random.nextInt(event.meals().size())).id();
            Record r = switch (random.nextInt(4)) {
                case 0 -> new MealCount(d.id(), day, meal, random.nextInt(60));
                case 1 -> new MealAdd(d.id(), day, meal, 1 + random.nextInt(5));
                case 2 -> new MealCancel(d.id(), day, meal, 1 + random.nextInt(80));
                default -> new MealCancel(d.id(), day, meal, null);
            };
            Entry e = new Entry("e" + i, day, r, Sources.at("2026-11-20T09:00", "li"), random.nextInt(5) == 0);
            entries.add(e);
            if (random.nextInt(6) == 0) withdrawn.put(e.id(), new Withdrawal(e.id(), e.source()));
        }
        return new DayLog(day, entries, withdrawn);
    }
}

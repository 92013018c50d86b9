package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;

/**
 * The meals a departure's own message cut for the people leaving ("云南…晚上35，有20个人明晚坐飞机走 21:35") that fall
 * before its time once it moves later ("航班取消了 改成明天早上7点的MU5805 今晚还在这吃住"): they eat there after all, so
 * each such meal not yet served, still at the figure that message gave and short of the people there by at least those
 * leaving, is restored by the people leaving, and the
 * answer says so ("晚餐恢复为55人"). Only a move to a later day does so: a delay within the day leaves the meal cut for
 * the trip out as it was. A served meal keeps its figure ({@link org.receptionbot.ledger.Settlement}).
 */
final class StayingMeals {
    private final Event event;
    private final Ledger ledger;
    private final MealBoards boards;

    StayingMeals(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.boards = new MealBoards(event, ledger);
    }

    /** The restored meals and the line that says so. */
    record Restored(List<MealCount> records, String line) {}

    /**
     * The meals restored when the departure of {@code entry} moves to {@code moved}; none when it does not move later,
     * counts no one, or its message cut no meal that now comes before it.
     */
    Restored of(Entry entry, Departure moved, Instant now) {
        if (!(entry.record() instanceof Departure old)
                || moved.count() == null
                || !moved.delegation().equals(old.delegation())) return new Restored(List.of(), "");
        LocalDateTime before = at(old);
        LocalDateTime after = at(moved);
        // a delay within the day (21:35 → 22:10) leaves the meal cut for the trip to the airport as it was
        if (before == null || after == null || !moved.date().isAfter(old.date())) return new Restored(List.of(), "");
        LocalDateTime said = LocalDateTime.ofInstant(now, event.zone());
        int leaving = moved.count();
        List<MealCount> back = new ArrayList<>();
        List<String> meals = new ArrayList<>();
        for (Entry e : ledger.activeEntriesOf(entry.source().messageRef())) {
            if (!(e.record() instanceof MealCount c)
                    || c.asPlanned()
                    || c.count() == null
                    || !c.delegation().equals(old.delegation())
                    || c.date().isBefore(old.date())) continue;
            Meal meal = event.meal(c.meal()).orElse(null);
            if (meal == null) continue;
            LocalDateTime serving = c.date().atTime(meal.serveFrom());
            if (!serving.isBefore(after) || !serving.isAfter(said)) continue;
            var count = boards.count(c.date(), meal, c.delegation());
            int stands = count.diners();
            // 早55 午55 晚35 beside 20 leaving: only the meal short of the people there by them was cut for them
            if (stands != c.count() || stands + leaving > count.planned()) continue;
            back.add(new MealCount(c.delegation(), c.date(), c.meal(), stands + leaving));
            meals.add(Texts.day(c.date()) + meal.label() + "恢复为" + (stands + leaving) + "人");
        }
        if (back.isEmpty()) return new Restored(List.of(), "");
        return new Restored(back, leaving + "人改期离开，仍在此用餐：" + String.join("，", meals) + "。");
    }

    /** When the departure leaves; the end of its day when it names no time, none when it names no day. */
    private static LocalDateTime at(Departure d) {
        if (d.date() == null) return null;
        if (d.time() != null) return d.date().atTime(d.time());
        return d.part() != null
                ? d.date().atTime(d.part().from())
                : d.date().plusDays(1).atStartOfDay();
    }
}

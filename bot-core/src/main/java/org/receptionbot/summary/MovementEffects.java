package org.receptionbot.summary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * What arrivals and departures did to the meals, in plain words, so a wrong reading is caught at
 * once: "相应取消用餐：…", "10人离会：11月23日早餐、午餐各减10人", "自11月20日晚餐起计入用餐".
 */
public final class MovementEffects {
    private final Event event;
    private final ServingList listed;

    public MovementEffects(Event event) {
        this.event = event;
        this.listed = new ServingList(event);
    }

    /**
     * The meals the movements among {@code records} changed, between the two snapshots; a serving
     * a meal count among them reports is left to that count's own line, and so is, among the meals cancelled, one any
     * meal record among them names ("中午不回来了 … 明天早上8点半全团走": the lunch has its own line).
     */
    public List<String> lines(List<Record> records, MealSnapshot before, MealSnapshot after) {
        Set<String> moved = records.stream()
                .filter(r -> r instanceof Movement)
                .map(Record::delegation)
                .collect(Collectors.toSet());
        if (moved.isEmpty()) return List.of();
        Set<MealSnapshot.Serving> reported = servings(records, true);
        Set<MealSnapshot.Serving> named = servings(records, false);
        List<MealSnapshot.Serving> off = new ArrayList<>();
        List<MealSnapshot.Serving> on = new ArrayList<>();
        Map<Integer, List<MealSnapshot.Serving>> changed = new LinkedHashMap<>();
        List<MealSnapshot.Serving> all = sorted(before.counts().keySet());
        for (MealSnapshot.Serving s : all) {
            DinerCount was = before.count(s);
            DinerCount now = after.count(s);
            if (!moved.contains(s.delegation()) || now == null || was.diners() == now.diners()) continue;
            if (reported.contains(s)) continue;
            if (now.diners() == 0) {
                if (!named.contains(s)) off.add(s);
            } else if (was.diners() == 0) on.add(s);
            else
                changed.computeIfAbsent(now.diners() - was.diners(), d -> new ArrayList<>())
                        .add(s);
        }
        List<String> lines = new ArrayList<>();
        if (!off.isEmpty()) lines.add("相应取消用餐：" + listed.runs(off, all, after));
        if (!on.isEmpty()) lines.add("相应增加用餐：" + listed.of(on));
        changed.forEach((delta, servings) -> lines.add(prefix(records, delta) + listed.of(servings)
                + (servings.size() > 1 ? "各" : "") + (delta < 0 ? "减" + -delta : "加" + delta) + "人"));
        return lines;
    }

    /** The servings the meal counts ({@code countsOnly}) or all meal records among {@code records} name. */
    private static Set<MealSnapshot.Serving> servings(List<Record> records, boolean countsOnly) {
        return records.stream()
                .filter(r -> r instanceof MealRecord m && m.date() != null && (!countsOnly || r instanceof MealCount))
                .map(r -> (MealRecord) r)
                .map(m -> new MealSnapshot.Serving(m.delegation(), m.date(), m.meal()))
                .collect(Collectors.toSet());
    }

    /**
     * From which meal an arrival's people are counted: "自11月20日晚餐起计入用餐", the first serving that
     * had not begun when it was {@code reported} (a served meal keeps its figure), or the first meal after the arrival
     * that had begun by then (being served or over) when its figure, as it stands {@code after} the report, already
     * counts them as the next serving with diners does (an arrival planned before its end, now confirmed: "甘肃到了" at
     * 12:50 for a 12:45 plan is counted at that lunch; "上午十点多就到了" said at 14:30, at that day's lunch), so the
     * answer agrees with the board; empty after the event.
     */
    public List<String> arrivals(List<Record> records, LocalDateTime reported, MealSnapshot after) {
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            if (!(r instanceof Arrival a)) continue;
            String who = a.count() == null ? "" : a.count() + "人";
            firstServing(a, reported, after).ifPresent(s -> lines.add(who + "自" + listed.one(s) + "起计入用餐"));
        }
        return lines;
    }

    private Optional<MealSnapshot.Serving> firstServing(Arrival a, LocalDateTime reported, MealSnapshot after) {
        List<MealSnapshot.Serving> begun = new ArrayList<>();
        List<MealSnapshot.Serving> ahead = new ArrayList<>();
        for (LocalDate d = a.date(); !d.isAfter(event.end()); d = d.plusDays(1)) {
            for (Meal meal : event.meals()) {
                LocalTime from = a.time() != null
                        ? a.time()
                        : a.part() != null ? a.part().from() : null;
                boolean counts = from == null || !d.equals(a.date()) || from.isBefore(meal.serveTo());
                if (!counts || !event.covers(d)) continue;
                MealSnapshot.Serving s = new MealSnapshot.Serving(a.delegation(), d, meal.id());
                (d.atTime(meal.serveFrom()).isAfter(reported) ? ahead : begun).add(s);
            }
        }
        if (ahead.isEmpty()) return Optional.empty();
        // the next serving that has diners (a late night not ordered counts no one) is what the board counts them from
        MealSnapshot.Serving next = ahead.stream()
                .filter(s -> after.count(s) != null && after.count(s).diners() > 0)
                .findFirst()
                .orElse(ahead.get(0));
        for (MealSnapshot.Serving s : begun) if (countsThem(after, s, next)) return Optional.of(s);
        return Optional.of(ahead.get(0));
    }

    /** Whether the meal being served counts at least the diners of the next one, which counts the arrival. */
    private static boolean countsThem(MealSnapshot after, MealSnapshot.Serving being, MealSnapshot.Serving next) {
        DinerCount now = after.count(being);
        DinerCount then = after.count(next);
        return now != null && then != null && then.diners() > 0 && now.diners() >= then.diners();
    }

    /**
     * "10人离会：" or "5人尚未到达：" for the one partial movement a change is about, else a plain heading.
     * Meals served before the report are never among the changes (see Presence).
     */
    private static String prefix(List<Record> records, int delta) {
        List<Record> movements =
                records.stream().filter(r -> r instanceof Movement).toList();
        if (movements.size() == 1
                && movements.get(0) instanceof Departure d
                && d.count() != null
                && d.count() == -delta) return d.count() + "人离会：";
        if (movements.size() == 1 && movements.get(0) instanceof Arrival a && a.count() != null && a.count() == -delta)
            return a.count() + "人尚未到达：";
        return "相应调整用餐：";
    }

    private List<MealSnapshot.Serving> sorted(Set<MealSnapshot.Serving> servings) {
        List<String> order = event.meals().stream().map(Meal::id).toList();
        return servings.stream()
                .sorted(Comparator.comparing(MealSnapshot.Serving::date).thenComparing(s -> order.indexOf(s.meal())))
                .toList();
    }
}

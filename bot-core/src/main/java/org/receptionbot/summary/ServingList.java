package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.MealSnapshot;

/** Servings in plain words: "11月23日早餐、午餐", over more days a range "11月21日晚餐至11月26日早餐（共22餐）". */
final class ServingList {
    private static final int DAYS_LISTED = 3;
    private final Event event;

    ServingList(Event event) {
        this.event = event;
    }

    /**
     * The servings taken off: over more than {@link #DAYS_LISTED} days, each unbroken run as a range ("11月4日午餐至
     * 11月8日晚餐（共14餐）"), a run broken where a serving between still has diners (one reported in the same
     * message), so a range never covers a meal that stands.
     */
    String runs(List<MealSnapshot.Serving> servings, List<MealSnapshot.Serving> all, MealSnapshot after) {
        if (servings.stream().map(MealSnapshot.Serving::date).distinct().count() <= DAYS_LISTED) return of(servings);
        Map<MealSnapshot.Serving, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) at.put(all.get(i), i);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= servings.size(); i++) {
            if (i < servings.size() && unbroken(servings.get(i - 1), servings.get(i), all, at, after)) continue;
            List<MealSnapshot.Serving> run = servings.subList(from, i);
            parts.add(run.size() < 3 ? of(run) : one(run.get(0)) + "至" + one(run.get(run.size() - 1)));
            from = i;
        }
        return String.join("，", parts) + "（共" + servings.size() + "餐）";
    }

    /** Whether every serving of the same delegation between {@code a} and {@code b} has no diners after the change. */
    private static boolean unbroken(
            MealSnapshot.Serving a,
            MealSnapshot.Serving b,
            List<MealSnapshot.Serving> all,
            Map<MealSnapshot.Serving, Integer> at,
            MealSnapshot after) {
        if (!a.delegation().equals(b.delegation())) return false;
        for (int i = at.get(a) + 1; i < at.get(b); i++) {
            MealSnapshot.Serving s = all.get(i);
            if (!s.delegation().equals(a.delegation())) continue;
            DinerCount now = after.count(s);
            if (now != null && now.diners() > 0) return false;
        }
        return true;
    }

    /** "11月23日早餐、午餐，11月24日早餐", or over more days "11月21日晚餐至11月26日早餐（共22餐）". */
    String of(List<MealSnapshot.Serving> servings) {
        Map<LocalDate, List<MealSnapshot.Serving>> byDay = new LinkedHashMap<>();
        for (MealSnapshot.Serving s : servings)
            byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
        if (byDay.size() > DAYS_LISTED) {
            return one(servings.get(0)) + "至" + one(servings.get(servings.size() - 1)) + "（共" + servings.size() + "餐）";
        }
        List<String> days = new ArrayList<>();
        byDay.forEach((day, list) -> days.add(day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                + list.stream().map(s -> meal(s.meal())).collect(Collectors.joining("、"))));
        return String.join("，", days);
    }

    /** "11月20日晚餐". */
    String one(MealSnapshot.Serving s) {
        return s.date().getMonthValue() + "月" + s.date().getDayOfMonth() + "日" + meal(s.meal());
    }

    private String meal(String id) {
        return event.meal(id).map(Meal::label).orElse(id);
    }
}

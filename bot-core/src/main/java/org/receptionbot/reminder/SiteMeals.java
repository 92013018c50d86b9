package org.receptionbot.reminder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.receptionbot.event.Meal;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.RecordText;

/**
 * Who of a route's visitors eat a meal at its site, as settled in the ledger ("安徽去百色的5个晚饭也在那边吃", a
 * coordinator's "北海线晚饭都在北海吃"): the site's list names them, so that the site prepares the meal.
 */
@FunctionalInterface
public interface SiteMeals {
    /** Nobody eats at the sites. */
    SiteMeals NONE = (route, at) -> List.of();

    /** One delegation's people eating one meal at the site. */
    record Eating(String delegation, Meal meal, int people) {}

    /** Who eat at {@code route}'s site, as things stood at {@code at}: per delegation and meal, in the list's order. */
    List<Eating> at(VisitRoute route, Instant at);

    /**
     * "在当地用餐：晚餐 安徽省住房和城乡建设厅5人、河南省住房和城乡建设厅6人，共11人", a line per meal; empty when nobody
     * eats there.
     */
    static String lines(List<Eating> eating, RecordText texts) {
        Map<Meal, List<Eating>> byMeal = new LinkedHashMap<>();
        for (Eating e : eating)
            byMeal.computeIfAbsent(e.meal(), m -> new java.util.ArrayList<>()).add(e);
        return byMeal.entrySet().stream()
                .map(m -> "在当地用餐：" + m.getKey().label() + " "
                        + m.getValue().stream()
                                .map(e -> texts.delegation(e.delegation()) + e.people() + "人")
                                .collect(Collectors.joining("、"))
                        + "，共" + m.getValue().stream().mapToInt(Eating::people).sum() + "人")
                .collect(Collectors.joining("\n"));
    }
}

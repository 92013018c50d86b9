package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.chat.Receipt;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VenueBoard;

/** The receipt's total lines: each venue's count of a serving a message changed, with its capacity. */
final class VenueTotals {
    private final Event event;
    private final MealBoards meals;

    VenueTotals(Event event, MealBoards meals) {
        this.event = event;
        this.meals = meals;
    }

    /** A total line for each venue of the servings {@code shown}, once a venue, day and meal. */
    List<Receipt.Line> lines(Set<MealSnapshot.Serving> shown) {
        List<Receipt.Line> lines = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (MealSnapshot.Serving s : shown) {
            String venue = event.delegation(s.delegation()).orElseThrow().venue();
            String key = s.date() + " " + s.meal() + " " + venue;
            if (!done.add(key)) continue;
            Meal meal = event.meal(s.meal()).orElseThrow();
            MealBoard board = meals.board(s.date(), meal, java.time.Instant.EPOCH);
            board.venues().stream()
                    .filter(v -> v.venue().id().equals(venue))
                    .findFirst()
                    .ifPresent(v -> lines.add(Receipt.Line.total(key, total(s, meal, v))));
        }
        return lines;
    }

    private static String total(MealSnapshot.Serving s, Meal meal, VenueBoard v) {
        String over = v.overCapacity() ? "，⚠超出容量" + (v.booked() - v.venue().capacity()) + "人" : "";
        return Texts.day(s.date()) + meal.label() + " " + v.venue().name() + "合计" + v.booked() + "人（容量"
                + v.venue().capacity() + "人" + over + "）";
    }
}

package org.receptionbot.conversation;

import java.time.LocalTime;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;

/** A meal word of a short message ("早饭", "中午") as the event's meal id: by the meal's names, else by the part of the day. */
final class MealNames {
    private final Event event;

    MealNames(Event event) {
        this.event = event;
    }

    /** The id of the meal {@code word} names, or null. */
    String idOf(String word) {
        for (Meal m : event.meals()) if (m.names().contains(word)) return m.id();
        LocalTime at = switch (word) {
            case "早上" -> LocalTime.of(8, 0);
            case "中午" -> LocalTime.NOON;
            case "晚上" -> LocalTime.of(18, 30);
            default -> null;
        };
        if (at == null) return null;
        for (Meal m : event.meals()) if (!at.isBefore(m.serveFrom()) && at.isBefore(m.serveTo())) return m.id();
        return null;
    }
}

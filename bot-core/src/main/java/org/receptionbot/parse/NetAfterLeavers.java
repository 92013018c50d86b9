package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "重庆晚上44个人 有6个教练下午先回重庆了 所以晚上是38": a meal's figure said again after part of the
 * delegation leaving, in the same message, is the figure once they are gone; it replaces the figure said
 * before the leaving (the one meal is reported once, with the new figure).
 */
final class NetAfterLeavers {
    private NetAfterLeavers() {}

    /** Marks the meal counts placed from {@code from} on as replacing their meal's figure said before a movement. */
    static void mark(List<Draft> all, int from) {
        for (int i = from; i < all.size(); i++) {
            Draft d = all.get(i);
            if (d.kind == Draft.Kind.MEAL_COUNT && d.count != null && saidBeforeLeavers(all, d, from))
                d.corrects = true;
        }
    }

    /** Whether the same meal had a figure before a movement of part of the delegation, both before {@code to}. */
    private static boolean saidBeforeLeavers(List<Draft> all, Draft now, int to) {
        boolean earlier = false;
        for (int i = 0; i < to; i++) {
            Draft d = all.get(i);
            if (d.kind == Draft.Kind.MEAL_COUNT
                    && d.count != null
                    && Objects.equals(d.meal, now.meal)
                    && Objects.equals(d.date, now.date)
                    && Objects.equals(d.team, now.team)) earlier = true;
            else if (earlier && d.isMovement() && d.count != null && Objects.equals(d.team, now.team)) return true;
        }
        return false;
    }
}

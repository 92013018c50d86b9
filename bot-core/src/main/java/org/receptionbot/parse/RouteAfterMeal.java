package org.receptionbot.parse;

import java.util.List;

/**
 * "内蒙古明天早餐正常吃 北海线五个人", "海南 晚上不吃 四个都去柳州": a meal said as usual or given up, with no figure,
 * then a route and its figure after the space: the figure is the route's, a statement of its own, not the meal's.
 */
final class RouteAfterMeal {
    /** What says a meal whole, with no figure: eaten as usual, or given up. */
    private static final String[] MEAL_SAID = {"吃", "正常", "照常", "不用", "取消", "不要"};

    private RouteAfterMeal() {}

    /** Whether the space at {@code at} ends such a meal and opens a route's figure. */
    static boolean opens(String text, int from, int at, List<Mention> mentions) {
        int next = text.indexOf(' ', at + 1);
        if (next < 0) next = text.length();
        boolean meal = false;
        boolean route = false;
        boolean routeFigure = false;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Count || m instanceof Mention.Route) return false;
                meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
            } else if (m.start() > at && m.end() <= next) {
                route |= m instanceof Mention.Route;
                routeFigure |= m instanceof Mention.Count;
            }
        }
        return meal && route && routeFigure && mealSaid(text.substring(from, at));
    }

    private static boolean mealSaid(String before) {
        for (String w : MEAL_SAID) if (before.contains(w)) return true;
        return false;
    }
}

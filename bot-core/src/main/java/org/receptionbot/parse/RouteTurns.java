package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a space between two routes ends a statement: "柳州线加1人 百色的少一个", "北海2人不变 百色线加1人".
 * A route with its figure, then another route right after the space, is a statement of its own when one
 * of the two says a change (加, 少): each route has its own figure and its own word. So is the rest of the
 * delegation said after a route's figure (还有一个…), and the whole delegation going on a route before a meal said next
 * ("山西全员去柳州了 晚饭不吃": {@link #wholeThenMeal}).
 */
final class RouteTurns {
    private RouteTurns() {}

    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int route = -1;
        boolean figure = false;
        Mention next = null;
        int nextEnd = text.length();
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Route) route = m.start();
                figure |= route >= 0 && m instanceof Mention.Count;
            } else if (m.start() > at && next == null) next = m;
        }
        // 北海2人不变: the route, then its figure, a short statement before the space.
        if (route < 0 || !figure || at - route > SHORT) return false;
        // 百色线6个 还有一个处长开完会…回郑州: the others of the delegation, with their own figure.
        // (还有1位领导留下 今晚在山庄吃饭1人 stays one: what they eat is read with them.)
        if (text.startsWith("还有", at + 1) && next instanceof Mention.Count && next.start() == at + 3)
            return mentions.stream().noneMatch(m -> m.start() > at && m instanceof Mention.Meals)
                    && text.indexOf('吃', at) < 0
                    && text.indexOf('饭', at) < 0
                    && text.indexOf('餐', at) < 0;
        if (!(next instanceof Mention.Route) || next.start() != at + 1) return false;
        for (int i = at + 1; i < text.length(); i++)
            if (Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                nextEnd = i;
                break;
            }
        return changes(from, at, hits) || changes(at + 1, nextEnd, hits);
    }

    private static final int SHORT = 10;

    /**
     * "内蒙古团全去北海了 今晚不吃", "明天考察全团百色 晚饭取消": the whole delegation said to go on a route, no meal in it,
     * then a meal right after the space: the meal is a statement of its own.
     */
    static boolean wholeThenMeal(String text, int from, int at, List<Mention> mentions) {
        boolean route = false;
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Meals || m instanceof Mention.Count) return false;
                route |= m instanceof Mention.Route;
            }
        return route
                && VisitJoinWords.wholeGoes(text.substring(from, at))
                && MealsAroundSpace.mealWithin(text, at + 1, mentions);
    }

    /**
     * "安徽明天晚饭不在山庄吃 都去百色了", "晚饭不吃 考察全团都去柳州": after a meal, the whole delegation said to go on a
     * route (no meal nor figure in it, up to the next separator) is a statement of its own, when the message plans
     * another day (明天): on the day itself "晚饭不回来吃 都去百色了" only says why the meal is missed.
     */
    static boolean mealThenWhole(String text, int from, int at, List<Mention> mentions) {
        int end = at + 1;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        boolean meal = false;
        boolean route = false;
        boolean later = false;
        for (Mention m : mentions) {
            if (m instanceof Mention.Day && !text.startsWith("今", m.start())) later = true;
            if (m.start() >= from && m.end() <= at) meal |= m instanceof Mention.Meals;
            else if (m.start() > at && m.end() <= end) {
                if (m instanceof Mention.Meals || m instanceof Mention.Count) return false;
                route |= m instanceof Mention.Route;
            }
        }
        return later && meal && route && VisitJoinWords.wholeGoes(text.substring(at + 1, end));
    }

    private static boolean changes(int from, int to, List<CueTable.Hit> hits) {
        return StatementSpans.holds(from, to, hits, Cue.ADD) || StatementSpans.holds(from, to, hits, Cue.FEWER);
    }
}

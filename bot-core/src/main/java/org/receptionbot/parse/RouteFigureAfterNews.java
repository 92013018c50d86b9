package org.receptionbot.parse;

import java.util.List;

/**
 * "陕西厅5人 下午4点20 G1519到南宁东 柳州线5人", "晚宴我们赶不上了不用留 北海全团都去", "福建的那个处长好多了 北海线还是去6个":
 * after a space, a route named first (maybe after a visit word or a day: 考察的话, 明天) with its figure or the whole
 * delegation (全团, 全部, 都去) opens a statement of its own when the words before the space are news with no route: an
 * arrival or a departure, a meal, registration (报到) or someone's health. The figure is then the route's, never the
 * movement's or the meal's, and the news is read as before. A relative change on the route (柳州线少1个) is left to the
 * visit turns; the route's people pointed at (百色那两个还没回来) or said with a meal (北海那3个的午饭) keep the
 * words together.
 */
final class RouteFigureAfterNews {
    /** Words that may come before the route after the space. */
    private static final String[] LEADS = {"考察的话", "考察这块", "考察", "然后", "另外"};

    /** The whole delegation said with the route, in place of a figure. */
    private static final String[] WHOLE = {"全团", "全部", "都去", "全去"};

    private RouteFigureAfterNews() {}

    /** Whether the space at {@code at} ends news said since {@code from} and opens a route's figure. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (StatementSpans.routeBetween(from, at, mentions) || !news(text, from, at, mentions, hits)) return false;
        int next = at + 1;
        while (next < text.length() && Clause.SEPARATORS.indexOf(text.charAt(next)) < 0) next++;
        Mention.Route route = routeFirst(text, at + 1, mentions);
        if (route == null
                || StatementSpans.holds(route.end(), next, hits, Cue.FEWER)
                || StatementSpans.holds(route.end(), next, hits, Cue.ADD)
                || mealBetween(route.end(), next, mentions)
                || pointed(text, route.end())) return false;
        if (StatementSpans.figureBetween(route.end(), next, mentions)) return true;
        String rest = text.substring(route.end(), next);
        for (String w : WHOLE) if (rest.contains(w)) return true;
        return false;
    }

    /** The news before the space: a movement, a meal, registration or someone's health. */
    private static boolean news(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (StatementSpans.holds(from, at, hits, Cue.ARRIVE)
                || StatementSpans.holds(from, at, hits, Cue.DEPART)
                || StatementSpans.holds(from, at, hits, Cue.SETTLED)
                || StatementSpans.holds(from, at, hits, Cue.HEALTH)
                || text.substring(from, at).contains("报到")) return true;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Meals) return true;
        return false;
    }

    /** 百色那两个还没回来: some of the route's people pointed at (那, 这), no figure of the route. */
    private static boolean pointed(String text, int end) {
        if (text.startsWith("线", end)) end++;
        return text.startsWith("那", end) || text.startsWith("这", end);
    }

    /** 北海那3个的午饭: a meal said after the route, so the figure is the meal's people. */
    private static boolean mealBetween(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to && m instanceof Mention.Meals) return true;
        return false;
    }

    /** The route that opens the words at {@code at}, past a lead word and a day or a part of the day, or null. */
    private static Mention.Route routeFirst(String text, int at, List<Mention> mentions) {
        for (String w : LEADS)
            if (text.startsWith(w, at)) {
                at += w.length();
                break;
            }
        for (Mention m : mentions) {
            if (m.start() < at) continue;
            if (m.start() > at) return null;
            if (m instanceof Mention.Route r) return r;
            if (!(m instanceof Mention.Day || m instanceof Mention.Part)) return null;
            at = m.end();
        }
        return null;
    }
}

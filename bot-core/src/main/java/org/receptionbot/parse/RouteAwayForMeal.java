package org.receptionbot.parse;

import java.util.List;

/**
 * "重庆今晚晚饭少5人 都去百色了", "晚宴就1个 其余5个都北海去了", "晚饭6人 北海的2个在那边吃": right after a meal's
 * figure, the people it leaves out said gone to a route (all of them or the rest, 去 beside the route, 了 at the end)
 * or eating at its place are the figure's reason, no visit statement. After a meal cancelled with no figure ("晚饭不吃
 * 5个全去北海了") the route's people stay a report.
 */
final class RouteAwayForMeal {
    /** Words saying the people meant are all of them or the rest (都去, 其余5个). */
    private static final String[] ALL_OR_REST = {"都", "全", "其余", "其他", "其它", "剩下", "另外"};
    /** What may stand before the going word besides a figure: the all-or-rest words and their fillers. */
    private static final String BEFORE_GOING = "都全部其余他它剩下另外的个人位名们也就";
    /** Eating at the route's place, to the clause's end (在那边吃, 在那里吃饭). */
    private static final String[] EATING_THERE = {"在那边吃", "在那里吃", "在那吃", "在当地吃", "在那儿吃"};
    /** What may stand between the route and its people eating there (北海的那2个). */
    private static final String PEOPLE = "线组的那这个人位名们";
    /** Particles a clause may end with. */
    private static final String TAIL = "饭了啊哈呀啦";

    private RouteAwayForMeal() {}

    /** Whether {@code c}, right after a meal's figure, says the route's people away from the meal. */
    static boolean said(Clause c, List<Mention.Route> routes, Drafts drafts) {
        if (routes.size() != 1 || c.question || !afterMealFigure(drafts)) return false;
        Mention.Route r = routes.get(0);
        return gone(c, r, drafts.last().kind == Draft.Kind.MEAL_CANCEL) || eatingThere(c, r);
    }

    private static boolean afterMealFigure(Drafts drafts) {
        Draft last = drafts.last();
        return last != null
                && last.count != null
                && (last.kind == Draft.Kind.MEAL_CANCEL || last.kind == Draft.Kind.MEAL_COUNT);
    }

    /**
     * 都去百色了, 其余5个都北海去了: the going word right before or after the route, 了 ending the clause, and before
     * it only all-or-rest words with a figure; after a meal's count (not a cancel) only the rest.
     */
    private static boolean gone(Clause c, Mention.Route r, boolean cancelled) {
        int after = past(c, r.end(), "线组");
        int going;
        if (r.start() > c.start && c.text.charAt(r.start() - 1) == '去') going = r.start() - 1;
        else if (after < c.end && c.text.charAt(after) == '去') {
            going = r.start();
            after++;
        } else return false;
        if (after >= c.end || c.text.charAt(after) != '了' || past(c, after, TAIL) < c.end) return false;
        String before = c.text.substring(c.start, going);
        boolean whole = false;
        for (String w : ALL_OR_REST) whole |= before.contains(w) && (cancelled || !w.equals("都") && !w.equals("全"));
        if (!whole) return false;
        for (int i = c.start; i < going; i++)
            if (BEFORE_GOING.indexOf(c.text.charAt(i)) < 0 && !inCount(c, i)) return false;
        return true;
    }

    /** 北海的2个在那边吃: the route's people, then eating at its place to the clause's end. */
    private static boolean eatingThere(Clause c, Mention.Route r) {
        for (String w : EATING_THERE) {
            int at = c.text.indexOf(w, r.end());
            if (at < r.end() || at >= c.end || past(c, at + w.length(), TAIL) < c.end) continue;
            for (int i = r.end(); i < at; i++) if (PEOPLE.indexOf(c.text.charAt(i)) < 0 && !inCount(c, i)) return false;
            return true;
        }
        return false;
    }

    private static boolean inCount(Clause c, int i) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() <= i && i < n.end()) return true;
        return false;
    }

    private static int past(Clause c, int at, String chars) {
        while (at < c.end && chars.indexOf(c.text.charAt(at)) >= 0) at++;
        return at;
    }
}

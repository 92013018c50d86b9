package org.receptionbot.parse;

import java.util.List;

/**
 * "百色组的午饭会务组统一打包 上车吃", "其他两条线中午正常在山庄吃", "柳州组的午饭在柳州吃 山庄不备了": a coordinator
 * saying how a route's group eats, naming no delegation and no figure, tells every delegation on the route; it is
 * a notice, nothing to record or ask.
 */
final class RouteGroupMeals {
    /** Words of routes as groups, with no route named (其他两条线, 各条线). */
    private static final String[] GROUPS = {"条线", "其他线", "其它线", "别的线", "各线", "其余线"};

    private RouteGroupMeals() {}

    /** Whether {@code d}, a coordinator's meal draft with no delegation and no figure, is about a route's group. */
    static boolean notice(Draft d, List<Clause> clauses, String original) {
        if (!d.isMeal() || d.team != null || d.count != null) return false;
        for (Clause c : clauses) if (c.words(original).equals(d.statement)) return routeGroup(c);
        return false;
    }

    private static boolean routeGroup(Clause c) {
        if (!c.all(Mention.Route.class).isEmpty()) return true;
        String words = c.span();
        for (String w : GROUPS) if (words.contains(w)) return true;
        return false;
    }
}

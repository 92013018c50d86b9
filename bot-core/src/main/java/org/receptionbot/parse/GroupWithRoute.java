package org.receptionbot.parse;

/**
 * "6个人都跟北海线走", "浙江厅3个人全部跟北海线走": a figure of people said to go all of them with a route
 * ({@link VisitAtBus#goesWith}) is the delegation's figure on it, not people added to it ("有2个人要跟北海线走").
 */
final class GroupWithRoute {
    /** Words of all of them, right after the figure. */
    private static final String[] ALL = {"全部都", "全都", "全部", "都", "全"};
    /** What may stand between those words and the route (都跟着, 全部随). */
    private static final String BETWEEN = "跟随着要一起 ";

    private GroupWithRoute() {}

    /** The figure of all the people going with {@code route}, or null. */
    static Integer figure(Clause c, Mention.Route route) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit() || n.end() > route.start()) continue;
            int at = n.end();
            while (at < route.start() && c.text.charAt(at) == ' ') at++;
            for (String w : ALL) {
                if (!c.text.startsWith(w, at)) continue;
                for (int i = at + w.length(); i < route.start(); i++)
                    if (BETWEEN.indexOf(c.text.charAt(i)) < 0) return null;
                return n.value();
            }
        }
        return null;
    }
}

package org.receptionbot.parse;

/**
 * "(不对 是)改两个去柳州", "调1个人去北海": a change word, the people who change, then the route they go to, right
 * after one another, with no group or old plan said: those people switch to that route from a route not said (a
 * VISIT_CHANGE from null), not the route's new figure. "人数改2个 去柳州" (the figure changed) and "改成两个去柳州"
 * (the new plan) are not so.
 */
final class SwitchedAlone {
    private SwitchedAlone() {}

    /** Whether {@code part}, after a change character, is people switching to {@code joined}. */
    static boolean of(Clause c, Mention.Count part, Mention.Route joined) {
        int change = part.start() - 1;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= change) return false;
        // 北海线挪1个到北海线: a route said before is where they come from; to the same route is no switch
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() <= change) return false;
        String between = c.text.substring(part.end(), joined.start());
        if (between.indexOf(' ') >= 0 || between.indexOf('去') < 0 && between.indexOf('到') < 0) return false;
        String before = c.text.substring(c.start, change);
        for (String w : FIGURE_WORDS) if (before.endsWith(w)) return false;
        return true;
    }

    /** Words that make the change one of a figure (人数改2个). */
    private static final String[] FIGURE_WORDS = {"人数", "数", "名额", "总数"};
}

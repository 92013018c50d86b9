package org.receptionbot.parse;

/**
 * "那个湖南的同志就跟我们柳州线走了", "江西2个随北海线走", "其余都跟考察线走": people going along with a site-visit route,
 * named or said as the visits, stay at the event; the leaving word after the route is setting off with it, never a
 * departure.
 */
final class GoingWithRoute {
    /** Words right before the route: going along with it. */
    private static final String[] ALONG = {"跟着", "跟", "随着", "随", "和"};
    /** Words that may stand between 跟 and the route (跟我们柳州线, 跟着那辆北海线). */
    private static final String[] BETWEEN = {"我们", "咱们", "他们", "", "大家"};
    /** Words that may stand between the route and the leaving word (柳州线一起走). */
    private static final String[] AFTER = {"", "一起", "一块", "的车", "车"};

    /** The visits said with no route named (跟考察线走, 随考察团走). */
    private static final String[] VISITS = {"考察线", "考察团", "考察组", "考察队伍", "考察"};

    private GoingWithRoute() {}

    /** Whether the leaving word of {@code c} comes right after going along with a route. */
    static boolean said(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb < 0) return false;
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (!endsAt(c, r.end(), verb)) continue;
            for (String between : BETWEEN)
                for (String along : ALONG) {
                    int at = r.start() - between.length() - along.length();
                    if (at >= c.start && c.text.startsWith(along + between, at)) return true;
                }
        }
        for (String v : VISITS) {
            int start = c.text.lastIndexOf(v, verb);
            if (start < c.start || !endsAt(c, start + v.length(), verb)) continue;
            for (String between : BETWEEN)
                for (String along : ALONG) {
                    int at = start - between.length() - along.length();
                    if (at >= c.start && c.text.startsWith(along + between, at)) return true;
                }
        }
        return false;
    }

    private static boolean endsAt(Clause c, int end, int verb) {
        int from = end < c.text.length() && c.text.charAt(end) == '线' ? end + 1 : end;
        for (String w : AFTER) if (from + w.length() == verb && c.text.startsWith(w, from)) return true;
        return false;
    }
}

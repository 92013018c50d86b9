package org.receptionbot.parse;

/**
 * A route said as the way people take ("吉林四人走北海", "我们3个走柳州线") or the bus they ride ("天津4人都在百色车上"):
 * going on that visit, no departure from the event and no place people are at.
 */
final class RouteTaken {
    /** What after a route makes 走 leave from a place there (走北海机场, 走柳州站), no visit. */
    private static final String[] PLACES = {"机场", "站", "火车站", "高铁站", "东站", "南站", "北站"};

    /** What after a route says its bus (百色车上, 北海的车上, 柳州大巴上). */
    private static final String[] ON_BUS = {"车上", "的车上", "大巴上", "的大巴上", "线车上", "线的车上"};

    private RouteTaken() {}

    /** 走 right before a route named in {@code c}, not a station or an airport there, and no ticket said. */
    static boolean said(Clause c) {
        if (!c.all(Mention.Transport.class).isEmpty()) return false;
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() - 1 < c.start || c.text.charAt(r.start() - 1) != '走') continue;
            boolean place = false;
            for (String w : PLACES) place |= c.text.startsWith(w, r.end());
            if (!place) return true;
        }
        return false;
    }

    /** People counted on route {@code r}'s bus, no one unwell there: they go with it. */
    static boolean onItsBus(Clause c, Mention.Route r) {
        if (c.all(Mention.Count.class).isEmpty() || c.has(Cue.HEALTH)) return false;
        for (String w : ON_BUS) if (c.text.startsWith(w, r.end())) return true;
        return false;
    }
}

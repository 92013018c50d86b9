package org.receptionbot.parse;

/**
 * The words of site-visit statements: what makes a clause about the visits, finding words outside mentions, routes
 * said, unknown or left open, the visits said done or fewer. Joining words are in {@link VisitJoinWords}, dropping out in
 * {@link VisitDropWords}. Switching words are in {@link VisitSwitchWords}, the old plan's
 * words in {@link VisitOldWords}, people named one by one in {@link VisitPersons}.
 */
final class VisitWords {
    /** Words that make a clause about the visits even with no route named. */
    private static final String[] CONTEXT = {"考察", "参观", "调研", "观摩", "路线", "线路", "报名", "改线", "换线", "换组", "条线"};
    /** The route left for later (再定, 回头报, 问领导). */
    private static final String[] LATER = {
        "再定", "回头定", "之后定", "到时候定", "晚点定", "回头报", "晚点报", "再确认", "晚点确认", "再说", "等下问", "问领导", "问下领导", "问一下领导", "问问领导",
        "请示", "领导定"
    };

    /** A word found in a clause: where it starts and ends. */
    record Word(int at, int end) {}

    private VisitWords() {}

    static boolean context(Clause c) {
        return find(c, CONTEXT) != null || unknownRoute(c) || VisitMovedFrom.of(c) != null;
    }

    /**
     * "我们2人去桂林线", "改去钦州线": a route the event does not have, said as a place name of two or three
     * characters with 线 right after a going word; the route is asked.
     */
    static boolean unknownRoute(Clause c) {
        for (int at = c.text.indexOf('线', c.start); at >= 0 && at < c.end; at = c.text.indexOf('线', at + 1)) {
            if (insideMention(c, at, at + 1)) continue;
            for (int len = 2; len <= 3; len++) {
                int name = at - len;
                if (name - 1 < c.start || insideMention(c, name, at)) continue;
                if (GOING.indexOf(c.text.charAt(name - 1)) < 0) continue;
                if (c.text.substring(name, at).chars().allMatch(ch -> ch >= 0x4e00 && NOT_NAME.indexOf(ch) < 0))
                    return true;
            }
        }
        return false;
    }

    /** The character of going right before an unknown route's name (去, 报, 到, 加 of 参加). */
    private static final String GOING = "去报到加跟随";

    /** Characters that make the words before 线 no place (地铁, 专线, 热线, 号线). */
    private static final String NOT_NAME = "地铁号专热在一二三四五六七八九十路航电网红底界沿干支全条";

    /** Words of the visits that fewer people can be said of (考察少一个人, 考察人数减1). */
    private static final String[] VISITING = {"考察", "参观", "调研"};
    /** What may stand between the visit word and the word of fewer (考察这边少一个, 考察人数减1人). */
    private static final String[] VISIT_GAPS = {"人数", "这边", "那边", "的人", "的", " ", ""};

    /** "吉林厅考察少一个人", "考察这边少一个": fewer people on the visits, no route named; the word of fewer is right after. */
    static boolean fewerOnVisit(Clause c) {
        int fewer = c.at(Cue.FEWER);
        if (fewer < 0) return false;
        for (String v : VISITING)
            for (String gap : VISIT_GAPS) {
                int at = fewer - gap.length() - v.length();
                if (at >= c.start && c.text.startsWith(v, at) && c.text.startsWith(gap, at + v.length())) return true;
            }
        return false;
    }

    /** Words right after a route that say its visit is done (柳州看完, 北海考察完). */
    private static final String[] DONE = {"看完", "考察完", "参观完", "结束"};

    /** "柳州看完去柳州站": the route's visit said done right after it. */
    static boolean doneAt(Clause c, Mention.Route r) {
        for (String w : DONE) if (c.text.startsWith(w, r.end())) return true;
        return false;
    }

    /** The route left for later (换哪条等他开完会再定, 去哪条线回头报): nothing to record or ask yet. */
    static boolean routeLater(Clause c) {
        return c.has(Cue.UNDECIDED) || find(c, LATER) != null;
    }

    static boolean insideMention(Clause c, int start, int end) {
        for (Mention m : c.mentions) if (m.start() < end && start < m.end()) return true;
        return false;
    }

    /** The route named right after {@code at} ("原来报的百色", "不去北海了", "本来是北海的"), or null. */
    static Mention.Route routeAfter(Clause c, int at) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() < at) continue;
            return r.start() - at <= 3
                            && c.text.substring(at, r.start()).chars().allMatch(ch -> NEAR.indexOf(ch) >= 0)
                    ? r
                    : null;
        }
        return null;
    }

    /**
     * Words that may stand between an old-plan or dropping word and its route: 原来报的百色, 本来是北海的, 原来去柳州,
     * 原来他是北海的.
     */
    private static final String NEAR = " 报的是去在走跟坐他她们";

    /** The first of the words in the clause, outside its mentions, or null. */
    static Word find(Clause c, String[] words) {
        Word first = null;
        for (String w : words) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                if (insideMention(c, at, at + w.length())) continue;
                if (first == null || at < first.at()) first = new Word(at, at + w.length());
                break;
            }
        }
        return first;
    }
}

package org.receptionbot.parse;

/**
 * "北京明天早饭打包5份 7点前走去考察点踩点", "明早7点出发 去会场布置": people going out early to a place of the event
 * (a visit point, a venue, the meeting hall) or to get one ready (踩点, 看场地, 布置) are out on the event's own
 * business, they do not leave it. A departure leaves the event: a ticket, a terminal, 返程 or a home city gone back
 * to (去机场, 回济南) keeps it a departure. Read by {@link MovementWords#kind} beside {@link EventPlaces#toward}.
 */
final class SiteOuting {
    /** Places of the event gone out to (after 去, 到 or 往). */
    private static final String[] PLACES = {
        "考察点", "考察现场", "考察地点", "考察点位", "参观点", "会场", "主会场", "分会场", "场馆", "赛场", "比赛场地", "现场"
    };
    /** What is done there to get it ready: scouting the place, seeing the hall, setting it up. */
    private static final String[] PURPOSES = {"踩点", "看场地", "看现场", "看会场", "看路线", "布置", "布场", "布展", "彩排", "探路"};
    /** Words of leaving the event that win over any outing. */
    private static final String[] AWAY = {
        "机场", "车站", "高铁站", "火车站", "动车站", "航班", "飞机", "高铁", "动车", "火车", "返程", "回程", "离会", "送站", "送机", "回家"
    };

    private static final String TOWARD = "去到往";

    /** Whether {@code s} names a trip away from the event (机场, 高铁, 返程, 回家). */
    static boolean away(String s) {
        for (String w : AWAY) if (s.contains(w)) return true;
        return false;
    }

    private SiteOuting() {}

    /**
     * Whether the clause's departure, from its verb on and with the words right after it past a space (7点走 去考察点看看), goes out to a place
     * of the event or to ready one, and nothing in them says a trip away or home.
     */
    static boolean test(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb < 0) return false;
        for (String w : AWAY) if (c.span().contains(w)) return false;
        String s = c.text.substring(verb, c.end) + following(c);
        for (String w : AWAY) if (s.contains(w)) return false;
        if (VisitDropOutLeavers.goesHome(c)) return false;
        for (String w : PURPOSES) if (s.contains(w)) return true;
        for (String place : PLACES)
            for (int at = s.indexOf(place); at >= 0; at = s.indexOf(place, at + 1))
                if (at > 0 && TOWARD.indexOf(s.charAt(at - 1)) >= 0) return true;
        return false;
    }

    /**
     * "有2个人明早7点前出发去考察点踩点": the clause says a place is scouted or readied (踩点, 看场地, 布置), the people doing
     * it go ahead on the event's business and do not sign up for a visit route. Read by {@link VisitReports}.
     */
    static boolean readying(Clause c) {
        String s = c.span();
        for (String w : PURPOSES) if (s.contains(w)) return true;
        return false;
    }

    /** The stretch after the clause past spaces when it opens with 去 (where they head), else nothing. */
    private static String following(Clause c) {
        int from = c.end;
        while (from < c.text.length() && Character.isWhitespace(c.text.charAt(from))) from++;
        if (from >= c.text.length() || c.text.charAt(from) != '去') return "";
        int to = from;
        while (to < c.text.length()
                && !Character.isWhitespace(c.text.charAt(to))
                && "，,。；;！!？?".indexOf(c.text.charAt(to)) < 0) to++;
        return c.text.substring(from, to);
    }
}

package org.receptionbot.parse;

/**
 * Going to a place of the event (往酒店走, 回宾馆, 去赛场) is moving about the event, not leaving it: a
 * departure verb whose destination is the event's own place moves no delegation away.
 */
final class EventPlaces {
    private static final String[] PLACES = {
        "酒店", "宾馆", "住地", "驻地", "住处", "场馆", "赛场", "比赛场", "体育馆", "餐厅", "食堂", "会场", "房间", "民宿", "大堂", "山庄", "体育场", "训练场",
        "开幕式", "闭幕式"
    };
    /** The places as a regular-expression alternation ("酒店|宾馆|…"), for patterns of arriving there. */
    static final String ANY = String.join("|", PLACES);
    /** Words that point at a destination, at most two characters before the place. */
    private static final String TOWARD = "往向去回到进";
    /** Destinations that are leaving all the same. */
    private static final String[] AWAY = {"机场", "车站", "火车站", "高铁站", "站", "回家"};

    private EventPlaces() {}

    /** 平安到家, 报个平安: arriving safely said of no place of the event is home again after it. */
    static boolean safeHome(Clause c) {
        String s = c.span();
        if (s.contains("到家")) return true;
        if (!s.contains("平安")) return false;
        for (String place : PLACES) if (s.contains(place)) return false;
        return true;
    }

    /** Whether the clause sends people to a place of the event and nowhere that is leaving. */
    static boolean toward(Clause c) {
        String s = c.span();
        for (String away : AWAY) if (s.contains(away)) return false;
        for (String place : PLACES) {
            for (int at = s.indexOf(place); at >= 0; at = s.indexOf(place, at + 1)) {
                for (int k = Math.max(0, at - 3); k < at; k++) if (TOWARD.indexOf(s.charAt(k)) >= 0) return true;
            }
        }
        return false;
    }
}

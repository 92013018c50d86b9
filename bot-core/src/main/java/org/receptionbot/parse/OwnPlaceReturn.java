package org.receptionbot.parse;

import java.util.List;

/**
 * "中午回土家山寨吃 35", "先回九院休息": 回 straight before the name of one of the event's own places (as the event
 * file names it) is going back to where the delegation stays or eats, no departure from the event. So is going back to
 * rest ("七个明天一早有比赛的先回去睡觉", "先回去休息了") and going back by taxi with no city named ("我们自己打车回"). 回去再说
 * and 回来再说 put a matter off until later, and move no one; so does the trip back of a session or from a venue
 * (下午场返程, 场馆返程, 赛场回程).
 */
final class OwnPlaceReturn {
    /** What people go back to do where they stay: rest, sleep, wash, eat. */
    private static final String[] TO_REST = {"睡觉", "睡了", "休息", "歇着", "歇会", "洗澡", "换衣服", "吃饭"};
    /** Words that may stand between the going back and what they do there. */
    private static final String BETWEEN = "去来了先 ";
    /** A ride about town: by taxi or on foot, back to where they stay. */
    private static final String[] LOCAL_RIDE = {"打车", "打的", "坐出租", "打个车", "走路", "步行"};

    private OwnPlaceReturn() {}

    /** Drops each 回 (回到, 返回) of a departure that leads to one of the event's own places, to rest, or by taxi. */
    static void drop(List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.DEPART
                && (backTo(h, hits, text)
                        || toRest(h, text)
                        || byTaxi(h, text)
                        || talkLater(h, text)
                        || fromVenue(h, text)));
    }

    private static boolean backTo(CueTable.Hit depart, List<CueTable.Hit> hits, String text) {
        if (!text.startsWith("回", depart.end() - 1)) return false;
        int at = depart.end();
        if (text.startsWith("到", at)) at++;
        for (CueTable.Hit h : hits) if (h.cue() == Cue.PLACE_OURS && h.start() == at) return true;
        return false;
    }

    /** "先回去睡觉", "回来休息": a going back whose next words say what they do there. */
    private static boolean toRest(CueTable.Hit depart, String text) {
        if (text.substring(depart.start(), depart.end()).indexOf('回') < 0) return false;
        int at = depart.end();
        while (at < text.length() && BETWEEN.indexOf(text.charAt(at)) >= 0) at++;
        for (String w : TO_REST) if (text.startsWith(w, at)) return true;
        return false;
    }

    /** "我们自己打车回 谢谢": 回 right after a taxi ride, with no place after it. */
    private static boolean byTaxi(CueTable.Hit depart, String text) {
        int hui = text.indexOf('回', depart.start());
        if (hui < 0 || hui >= depart.end()) return false;
        int after = hui + 1;
        while (after < text.length() && "去来了".indexOf(text.charAt(after)) >= 0) after++;
        boolean placeAfter = after < text.length() && Normalizer.isHan(text.charAt(after));
        if (placeAfter) return false;
        String before = text.substring(Math.max(0, depart.start() - 4), depart.start() + (hui - depart.start()));
        for (String w : LOCAL_RIDE) if (before.contains(w)) return true;
        return false;
    }

    /** 回去再说, 回来再说: the matter put off until later. */
    private static boolean talkLater(CueTable.Hit depart, String text) {
        int hui = text.indexOf('回', depart.start());
        if (hui < 0 || hui >= depart.end()) return false;
        int after = hui + 1;
        if (after < text.length() && "去来".indexOf(text.charAt(after)) >= 0) after++;
        return text.startsWith("再说", after);
    }

    /** 下午场返程, 场馆返程: 返程 or 回程 right after a session (场) or a venue (场馆). */
    private static boolean fromVenue(CueTable.Hit depart, String text) {
        for (String w : new String[] {"返程", "回程"}) {
            int at = text.indexOf(w, depart.start());
            if (at < 0 || at >= depart.end()) continue;
            String before = text.substring(Math.max(0, at - 2), at);
            if (before.endsWith("场") || before.equals("场馆")) return true;
        }
        return false;
    }
}

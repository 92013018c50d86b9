package org.receptionbot.parse;

import java.util.List;

/**
 * Whether the words after a space, up to the next separator, speak of the team's own travel and nothing of a meal:
 * how or where it leaves ("坐大巴去机场"), or news of its ride ("航班准点"). {@link MealStatementEnds} ends a meal's
 * statement before such words.
 */
final class TravelAhead {
    /** How a trip is made, opening the words after a space (坐大巴去机场, 乘高铁回合肥). */
    private static final String TRAVEL = "坐乘搭";

    private TravelAhead() {}

    /**
     * "坐大巴去机场", "大巴送机场", "乘高铁回合肥": the words after the space say how or where the team leaves, with no meal,
     * figure or day of their own.
     */
    static boolean trip(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions)
            if (m.start() >= from
                    && m.end() <= to
                    && (m instanceof Mention.Meals || m instanceof Mention.Count || m instanceof Mention.Day))
                return false;
        if (from < to && TRAVEL.indexOf(text.charAt(from)) >= 0) return true;
        for (CueTable.Hit h : hits) if (h.start() >= from && h.end() <= to && h.cue() == Cue.DEPART) return true;
        return false;
    }

    /** Words that may open news of a ride before it is named (我们的航班, 咱们飞机). */
    private static final String[] RIDE_OWNERS = {"我们的", "咱们的", "我们", "咱们"};
    /** The team's own ride, named first in its news (航班准点, 高铁晚点了, 飞机延误). */
    private static final String[] RIDES = {"航班", "飞机", "班机", "高铁", "动车", "火车", "列车", "车次"};

    /**
     * "航班准点 (15:15落地)", "我们的高铁晚点了": the words after the space open with the team's ride and what it does (on
     * time, late, landed) and name no meal and no figure of people: news of the ride, not of the meal's report.
     */
    static boolean rideNews(String text, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= to && (m instanceof Mention.Meals || m instanceof Mention.Count))
                return false;
        int p = from;
        for (String w : RIDE_OWNERS)
            if (text.startsWith(w, p)) {
                p += w.length();
                break;
            }
        for (String w : RIDES)
            if (text.startsWith(w, p)) {
                String rest = text.substring(p + w.length(), Math.min(to, p + w.length() + 3));
                for (String news : RIDE_NEWS) if (rest.contains(news)) return true;
            }
        return false;
    }

    /** What is said of a ride right after it (航班准点, 飞机又晚点了, 高铁延误). */
    private static final String[] RIDE_NEWS = {"准点", "正点", "晚点", "延误", "取消", "改签", "提前", "到了", "落地"};
}

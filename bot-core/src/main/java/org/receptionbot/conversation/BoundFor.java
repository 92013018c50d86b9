package org.receptionbot.conversation;

import java.util.regex.Pattern;

/**
 * Where a whole team said boarded ("全团已上车出发") is bound, as its words say: a station or airport (its trip
 * home: "出发去高铁站了"), a venue or outing (no departure: "出发去赛场了"), or not said. A team bound for the
 * station may leave hours before its train or flight, so the window in which it confirms its departure
 * opens earlier than for a team that names no place.
 */
enum BoundFor {
    STATION(4),
    UNSAID(2),
    VENUE(-1);

    private static final Pattern STATION_WORDS = Pattern.compile("站|机场|航站楼|返程|回程|回家");

    /** A place the team goes to and comes back from: 去赛场, 到会场, 回酒店 (离开酒店 is no such place). */
    private static final Pattern VENUE_WORDS =
            Pattern.compile("(?:去|到|往|赶往|前往|回)(?:赛场|场馆|比赛|赛区|训练|会场|会议|体育馆|考察|参观|景区|现场|吃饭|餐厅|酒店|宾馆|山庄)");

    private final long earlyHours;

    BoundFor(long earlyHours) {
        this.earlyHours = earlyHours;
    }

    /** How many hours before a departure's time the team may be said gone; negative: never (no departure). */
    long earlyHours() {
        return earlyHours;
    }

    static BoundFor of(String text) {
        if (STATION_WORDS.matcher(text).find()) return STATION;
        if (VENUE_WORDS.matcher(text).find()) return VENUE;
        return UNSAID;
    }
}

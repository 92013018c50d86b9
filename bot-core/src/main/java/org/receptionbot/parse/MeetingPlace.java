package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * The places a conference meets in (党校, 会议中心): the meeting day's lunch is served there, so eating there is the
 * meal itself ("中午在党校吃 4个", "4人中午都在党校吃" report the lunch), unless the hotel's meal is said called off
 * after it ("中午都在党校吃 山庄午餐取消5人": the people are away from the hotel's lunch). The word said alone only:
 * "党校对面" is another place.
 */
final class MeetingPlace {
    private static final String[] WORDS = {"党校", "会议中心", "会展中心", "报告厅"};

    /** A meal called off or not eaten. */
    private static final Pattern EATEN_NOT = Pattern.compile("取消|不吃|不用留|不用准备|不在");

    private MeetingPlace() {}

    /** Whether {@code place} is a meeting place said alone. */
    static boolean is(String place) {
        for (String word : WORDS) if (place.strip().equals(word)) return true;
        return false;
    }

    /** Whether {@code text} from {@code from} on says a meal called off or not eaten. */
    static boolean calledOffAfter(String text, int from) {
        return EATEN_NOT.matcher(text).region(from, text.length()).find();
    }
}

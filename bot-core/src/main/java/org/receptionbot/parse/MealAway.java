package org.receptionbot.parse;

/**
 * "中午不在 去游览大峡谷", "早7 中7 晚上都不在": a meal or its part of the day said to be away (不在) with nothing
 * after it in the statement (but the event's own place: 晚饭明早都不在山庄) is that meal not eaten; "不在房间",
 * "中午不在这吃" say where, and are read elsewhere.
 */
final class MealAway {
    private static final String[] MEALS = {
        "早上", "中午", "晚上", "今晚", "明早", "明晚", "早饭", "早餐", "午饭", "午餐", "中饭", "晚饭", "晚餐", "晚宴", "宵夜"
    };
    /** Words that may stand between the meal and 不在 (晚上都不在, 中午我们就不在). */
    private static final String BETWEEN = "都也就全我们还";

    private static final String ENDS = " ,，。;；!！?？\n~～、";
    /** The event's own place, where the meal is not eaten (不在山庄). */
    private static final String[] OURS = {"山庄", "酒店", "宾馆", "驻地", "住地"};

    private MealAway() {}

    /** Whether 不在 at {@code at} ends its statement and follows a meal's word. */
    static boolean said(String text, int at) {
        // 今晚就不在了: gone, said of people who left; no meal given up.
        int end = at + 2;
        // 晚饭明早都不在山庄: away from the event's own place, the statement ending there.
        for (String place : OURS) if (text.startsWith(place, end)) end += place.length();
        if (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) return false;
        int from = at;
        while (from > 0 && at - from < 4 && BETWEEN.indexOf(text.charAt(from - 1)) >= 0) from--;
        for (String m : MEALS) if (from >= m.length() && text.startsWith(m, from - m.length())) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "训练完大概10点回", "比赛打完十点回", "看完比赛9点半回": a bare 回 (no place after it) right after a clock hour,
 * in a message that says what the people are out doing meanwhile (training, a match, an outing, a meeting) or
 * orders their late-night meal, is the time they come back to the hotel, not a departure from the event. A way
 * of travelling named in the message (a train or flight number, 高铁, 飞机, 大巴…) or 先回 keeps it a departure.
 */
final class BackAtHour {
    /** A clock hour ending right before 回: 10点, 十点半, 9点多, 10点左右, 22:00, 10点钟, 9点20. */
    private static final Pattern HOUR_BEFORE =
            Pattern.compile("(?:[0-9一二两三四五六七八九十]{1,3}(?:点|时)(?:钟|半|多|[0-9]{1,2}分?|[一二三四五]刻)?|[0-9]{1,2}[:：][0-9]{2})"
                    + "(?:左右|前后|多)?(?:就|再|才能|能|会)?$");

    /** What keeps people away for a while and brings them back the same day. */
    private static final String[] OUTING = {
        "训练", "比赛", "赛场", "场馆", "看比赛", "逛", "玩", "开会", "医院", "宵夜", "夜宵", "打完", "比完", "练完", "看完", "结束"
    };

    /** A journey named: the 回 is going home. */
    private static final Pattern JOURNEY = Pattern.compile(
            "(?i)(?<![A-Za-z])[GDCKTZ][0-9]{1,4}(?![0-9])|[A-Z0-9]{2}[0-9]{3,4}|高铁|动车|火车|飞机|航班|机场|车站|高铁站|大巴|返程|离会|先回");

    private BackAtHour() {}

    /** Whether the bare 回 at {@code at} comes right after a clock hour in a message about an outing. */
    static boolean backFromOuting(String text, int at) {
        int from = Math.max(0, at - 12);
        if (!HOUR_BEFORE.matcher(text.substring(from, at)).find()) return false;
        if (JOURNEY.matcher(text).find()) return false;
        for (String w : OUTING) if (text.contains(w)) return true;
        return false;
    }
}

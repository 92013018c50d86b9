package org.receptionbot.parse;

/**
 * What is said of people short that brings them later ({@link ShortOnes}): a verb of coming or a ride (到, 来, 航班,
 * 坐下一班) with a later day or time (明天, 晚点), never words of not coming or of leaving.
 */
final class ComingLater {
    /** Words of arriving later, said of the ones short. */
    private static final String[] COMING = {"到", "来"};
    /** Words of a later day or time said of the ones short. */
    private static final String[] LATER = {
        "明天", "明早", "明晚", "后天", "大后天", "晚点", "晚些", "稍后", "随后", "下午", "晚上", "夜里", "号", "日", "点", "周", "星期", "礼拜"
    };
    /** Words of coming later today with no verb of arriving (坐下一班, 在路上). */
    private static final String[] LATER_RIDE = {"下一班", "下班", "下趟", "下一趟", "在路上"};
    /** Rides that bring the ones short, said with their later day instead of a verb (明天中午的航班, 晚上的飞机). */
    private static final String[] RIDES = {"航班", "飞机", "班机", "高铁", "动车", "火车", "班车"};
    /** Words saying the ones short are not coming, or are leaving instead. */
    private static final String[] NOT_COMING = {"不来", "来不了", "不到", "到不了", "没来", "没到", "未到", "不过来", "走", "离", "返", "回"};

    private ComingLater() {}

    /** Whether {@code said} of the ones short brings them later (明天才来, 晚点到, 坐下一班), not away: a later word and a verb. */
    static boolean later(String said) {
        if (!coming(said)) return false;
        for (String w : LATER_RIDE) if (said.contains(w)) return true;
        for (String w : LATER) if (said.contains(w)) return true;
        return false;
    }

    /** Whether {@code said} brings people (到, 来, 坐下一班), not away. */
    static boolean coming(String said) {
        for (String w : NOT_COMING) if (said.contains(w)) return false;
        for (String w : LATER_RIDE) if (said.contains(w)) return true;
        for (String w : RIDES) if (said.contains(w)) return true;
        for (String w : COMING) if (said.contains(w)) return true;
        return false;
    }
}

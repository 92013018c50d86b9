package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "看决赛的回来大概10点到九院", "训练的回来9点多到": people out for the day (a match, training, an outing) coming
 * back to where they stay are no arrival; the 到 after their 回来 says when they are back. A journey named in the
 * message (a train or flight number, 高铁, 飞机, 机场…) keeps it an arrival.
 */
final class BackFromOutingArrives {
    /** What keeps people out for a while and brings them back the same day, said before their 回来. */
    private static final String[] OUTING = {
        "比赛", "决赛", "赛场", "场馆", "训练", "看", "逛", "玩", "开会", "医院", "打完", "比完", "练完", "出去", "外出"
    };

    /** A journey named: the people are coming from afar. */
    private static final Pattern JOURNEY = Pattern.compile(
            "(?i)(?<![A-Za-z])[GDCKTZ][0-9]{1,4}(?![0-9])|[A-Z0-9]{2}[0-9]{3,4}|高铁|动车|火车|飞机|航班|机场|车站|高铁站");

    /** Marks that end a statement: the 回来 must be in the same one as the 到. */
    private static final String ENDS = "，。,.!！?？;；\n";

    private BackFromOutingArrives() {}

    /** Whether the 到 at {@code at} follows, in the same statement, the 回来 of people back from an outing. */
    static boolean backAt(String text, int at) {
        int back = text.lastIndexOf("回来", at - 1);
        if (back < 0 || at - back > 12) return false;
        for (int i = back; i < at; i++) if (ENDS.indexOf(text.charAt(i)) >= 0) return false;
        int from = back;
        while (from > 0 && back - from < 10 && ENDS.indexOf(text.charAt(from - 1)) < 0) from--;
        String before = text.substring(from, back);
        boolean outing = false;
        for (String w : OUTING) outing |= before.contains(w);
        return outing && !JOURNEY.matcher(text).find();
    }
}

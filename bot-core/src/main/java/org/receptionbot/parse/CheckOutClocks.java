package org.receptionbot.parse;

import java.util.List;

/**
 * Which clock times of a clause are the check-out's, not the departure's. A check-out at a time ("明天上午九点退房",
 * "2点退房走") gives the departure its time only when no other time is said ("上午8点退房" alone stays a departure at
 * 08:00); beside a train's or a flight's time ("九点退房 21人坐G1386走 12点15的") the departure takes that one. A
 * later check-out asked for ("想申请延迟退房到下午2点", "房间能不能延到3点再退") is a room request: its time is never a
 * departure's.
 */
final class CheckOutClocks {
    /** What follows a check-out's time: the check-out itself (九点退房, 两点再退). */
    private static final WordList CHECKED_OUT_AFTER = new WordList("退房", "再退", "退", "前退", "之前退", "是退房");
    /**
     * What follows a time named as something other than leaving (6点半取 7点就走了, 6点吃早饭 7点出发, 7点是早饭时间):
     * beside another time, never the movement's.
     */
    private static final WordList OTHER_AFTER =
            new WordList("取", "拿", "吃早饭", "吃早餐", "吃午饭", "吃晚饭", "吃饭", "开饭", "用餐", "是早饭", "是早餐", "是午饭", "是吃饭");
    /** What leads to a later check-out's time (延迟退房到, 退房延到, 延长到). */
    private static final String[] LATER_BEFORE = {"延迟到", "延时到", "延到", "延长到", "推迟到", "推到", "退房到", "续到"};
    /** Words between a time and the check-out word after it: 钟, 的, 再. */
    private static final String LINKS = "钟整左右 ";
    /** How far before a time its "延到" may stand (延迟退房到下午2点: the part of the day between). */
    private static final int REACH = 4;

    private CheckOutClocks() {}

    /** The clock {@link Figures#time} reads for the clause's movement, or null when it has only a later check-out's. */
    static Mention.Clock movementClock(Clause c, List<Mention.Clock> clocks) {
        if (clocks.isEmpty()) return null;
        if (clocks.size() > 1) clocks = withoutOthers(c.text, clocks);
        if (c.text.indexOf('退', c.start) < 0 || c.text.indexOf('退', c.start) >= c.end) return clocks.get(0);
        Mention.Clock checkOut = null;
        for (Mention.Clock m : clocks) {
            if (laterAsked(c.text, m)) continue;
            if (!checkedOutAt(c.text, m)) return m;
            if (checkOut == null) checkOut = m;
        }
        return checkOut;
    }

    /** Whether the time {@link #movementClock} reads for the clause is the check-out's ("上午8点退房"). */
    static boolean checkOutOnly(Clause c) {
        Mention.Clock m = movementClock(c, c.current(Mention.Clock.class));
        return m != null && checkedOutAt(c.text, m);
    }

    /** The clocks but those named as something other than leaving, unless that leaves none. */
    private static List<Mention.Clock> withoutOthers(String text, List<Mention.Clock> clocks) {
        List<Mention.Clock> kept =
                clocks.stream().filter(m -> !after(text, m, OTHER_AFTER)).toList();
        return kept.isEmpty() ? clocks : kept;
    }

    private static boolean after(String text, Mention.Clock m, WordList words) {
        int i = m.end();
        while (i < text.length() && LINKS.indexOf(text.charAt(i)) >= 0) i++;
        return i < text.length() && words.at(text, i) != null;
    }

    /** "九点退房", "两点再退", "12点前退房", "10点半是退房时间": the time is the check-out's. */
    static boolean checkedOutAt(String text, Mention.Clock m) {
        return after(text, m, CHECKED_OUT_AFTER);
    }

    /** "延迟退房到下午2点", "退房能不能延到3点": the time a later check-out is asked for. */
    static boolean laterAsked(String text, Mention.Clock m) {
        int from = Math.max(0, m.start() - REACH - 4);
        String before = text.substring(from, m.start());
        for (String w : LATER_BEFORE) {
            int at = before.lastIndexOf(w);
            if (at >= 0 && before.length() - (at + w.length()) <= REACH && mentionsCheckOut(text, m)) return true;
        }
        return false;
    }

    /** Whether the check-out is spoken of near the time (退房, 房间 … 退): within the same stretch of words. */
    private static boolean mentionsCheckOut(String text, Mention.Clock m) {
        int from = Math.max(0, m.start() - 12);
        int to = Math.min(text.length(), m.end() + 6);
        String near = text.substring(from, to);
        return near.contains("退") || near.contains("房");
    }
}

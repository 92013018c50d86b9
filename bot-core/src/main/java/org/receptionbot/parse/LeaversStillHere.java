package org.receptionbot.parse;

/**
 * "第二批明天上午走的都在", "先走的那几个还在", "明天走的人也都在": people named by the leaving said of them (a leaving
 * verb, 的, the people or none) then said to be here still (都在, 还在, 全在) are at the event now; the clause
 * records no departure.
 */
final class LeaversStillHere {
    /** Words that may name the people after 的 (走的人都在, 走的那几个还在). */
    private static final String[] PEOPLE = {"", "人", "那些", "那几个", "几个", "同志", "队员", "人员", "也"};

    /** Words saying they are here still. */
    private static final String[] HERE = {"都在", "还在", "全在", "也在", "也都在", "都还在"};

    private LeaversStillHere() {}

    /** Whether the leaving of {@code c} names people who are said to be here still. */
    static boolean said(Clause c) {
        int end = c.endOf(Cue.DEPART);
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        for (String people : PEOPLE)
            for (String here : HERE) {
                String tail = people + here;
                int at = end + 1;
                if (c.text.startsWith(tail, at) && onlyEndingAfter(c, at + tail.length())) return true;
            }
        return false;
    }

    /** Whether nothing but a particle or the clause's end follows the words of being here. */
    private static boolean onlyEndingAfter(Clause c, int at) {
        for (int i = at; i < c.end; i++) if ("的呢哈啊呀了。！!~ ".indexOf(c.text.charAt(i)) < 0) return false;
        return true;
    }
}

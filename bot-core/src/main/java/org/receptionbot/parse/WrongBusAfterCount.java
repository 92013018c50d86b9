package org.receptionbot.parse;

import java.util.List;

/**
 * A bus's head count, then past a space people said to be on the wrong bus ("6号车重新点了一下 实到30人 那2个坐错车了在我们这",
 * "3号车实到45人 满了 多出来2个说是柳州线的 坐错车了 已经让他们去6号车", "7号车 实到三十一 刚发现有一位北海线的坐错了上了我们车"):
 * the count is complete and stays the bus's; the wrong bus is a remark of its own (it changes no route, see
 * {@link VisitAtBus#wrongBusOnly}). A wrong bus denied or warned of ("都没坐错车", "别坐错车了") opens nothing.
 */
final class WrongBusAfterCount {
    /** Words of people on the wrong bus. */
    private static final String[] WRONG = {"错车", "坐错", "上错", "搭错"};
    /** Words right before the wrong bus that deny it or warn of it. */
    private static final String[] DENIED = {"没", "没有", "别", "不要", "不会", "莫", "不"};

    private WrongBusAfterCount() {}

    /** Whether the space at {@code at} ends a head count said from {@code from} and a wrong bus is said after it. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!CountThenProblem.counted(from, at, mentions, hits) || !countLast(text, from, at, mentions, hits))
            return false;
        if (wrongAt(text, from, at) >= 0) return false;
        int end = at + 1;
        while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) end++;
        int wrong = wrongAt(text, at + 1, end);
        return wrong >= 0 && !denied(text, at + 1, wrong);
    }

    /**
     * Whether the last figure before the space is the count itself, right after the bus or a counting word (实到30人,
     * 3号车 35人), not people singled out (3号车上有两位是柳州线的) or short (6号车少了一个).
     */
    private static boolean countLast(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        Mention.Count last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Count n) last = n;
        if (last == null) return false;
        int before = last.start();
        while (before > from && text.charAt(before - 1) == ' ') before--;
        for (Mention m : mentions) if (m instanceof Mention.Vehicle && m.end() == before) return true;
        for (CueTable.Hit h : hits) if (h.cue() == Cue.HEADCOUNT && h.end() == before) return true;
        return false;
    }

    /** Where the first wrong-bus word between {@code from} and {@code to} starts, or -1. */
    private static int wrongAt(String text, int from, int to) {
        int first = -1;
        String said = text.substring(from, to);
        for (String w : WRONG) {
            int i = said.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first < 0 ? -1 : from + first;
    }

    private static boolean denied(String text, int from, int wrong) {
        String before = text.substring(from, wrong);
        for (String w : DENIED) if (before.endsWith(w)) return true;
        return false;
    }
}

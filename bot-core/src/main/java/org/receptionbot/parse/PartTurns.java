package org.receptionbot.parse;

import java.util.List;

/**
 * "甘肃明早25个 那4个明天下午到", "四川42人明天下午走 留6个人29号中午走", "第一车32人已经出发了 后面18个晚上到": a
 * statement that turns where a day or a part of the day begins takes along the part of the delegation named
 * right before it, with its own figure: the pointer (那, 这, 还有, 另外, 剩下的, 后面, 留) and the figure open
 * the new statement, so the figure is that part's and not the figure of the statement before.
 */
final class PartTurns {
    /** Words that point at a part of the delegation right before its figure; longest first where one holds another. */
    private static final String[] POINTERS = {
        "剩下的", "剩余的", "其余的", "还剩", "还有", "另外", "后面", "后边", "剩下", "剩余", "其余", "留下", "那", "这", "另", "留"
    };

    private PartTurns() {}

    /** Where the statement turning at {@code at} starts once it takes the part named before it; {@code at} if none. */
    static int start(String text, int from, int at, List<Mention> mentions) {
        Mention.Count count = null;
        for (Mention m : mentions) {
            if (m.start() >= at) break;
            if (m.start() >= from && m instanceof Mention.Count n) count = n;
        }
        if (count == null || !count.unit() || !onlyUnit(text, count.end(), at)) return at;
        int pointer = pointerBefore(text, from, count.start());
        // Something of its own must stay before the part: a statement, not a lone pointer.
        return pointer > from && hasMentionBefore(from, pointer, mentions) ? pointer : at;
    }

    /** Between the figure and the turn, only its unit's tail (人), 的 or nothing. */
    private static boolean onlyUnit(String text, int end, int at) {
        if (at - end > 1) return false;
        return at == end || "人的".indexOf(text.charAt(end)) >= 0;
    }

    /** Where the pointer right before the figure starts, or -1. */
    private static int pointerBefore(String text, int from, int figure) {
        for (String w : POINTERS) {
            int p = figure - w.length();
            if (p > from && text.startsWith(w, p) && opensPart(text, p)) return p;
        }
        return -1;
    }

    /** The pointer starts a part of the message: after a space, punctuation, a verb's 了, or the previous figure's unit. */
    private static boolean opensPart(String text, int p) {
        char before = text.charAt(p - 1);
        return before == ' ' || Clause.SEPARATORS.indexOf(before) >= 0 || "了个人到走吧哈".indexOf(before) >= 0;
    }

    private static boolean hasMentionBefore(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() >= to) break;
            if (m.start() >= from && !(m instanceof Mention.Team)) return true;
        }
        return false;
    }
}

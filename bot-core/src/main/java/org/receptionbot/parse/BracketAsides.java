package org.receptionbot.parse;

import java.util.List;

/**
 * "安徽 不吃(已返程)", "不要了(人已经上车了)", "中午30(含司机2人)": a bracket with a reason in the past, the
 * old plan, or who the figure includes, is an aside that ends the statement before it.
 */
final class BracketAsides {
    private static final String[] INCLUDES = {"含", "包括", "包含"};

    private BracketAsides() {}

    /** Whether the bracket opened right before {@code from} is an aside. */
    static boolean opens(String text, int from, List<CueTable.Hit> hits) {
        if (includes(text, from)) return true;
        int close = text.indexOf(')', from);
        if (close < 0 || close - from > 12) return false;
        // 柳州线报7人（原来6人，加了小张）: the old plan in a bracket is an aside too.
        return StatementSpans.holds(from, close, hits, Cue.PAST)
                || StatementSpans.holds(from, close, hits, Cue.PLANNED)
                || toldDone(text, from, close);
    }

    /** "35 +1（小孩退烧了）", "36(司机到了)": a short remark of something done, with no figure, explains the figure. */
    private static boolean toldDone(String text, int from, int close) {
        if (close - from < 2 || text.charAt(close - 1) != '了') return false;
        for (int k = from; k < close; k++)
            if (FigureMentions.isCn(text.charAt(k)) || Character.isDigit(text.charAt(k))) return false;
        return true;
    }

    /** Where the bracket opened before {@code from} closes when it holds only a reason in the past, or -1. */
    static int pastReasonEnd(String text, int from) {
        if (includes(text, from)) return -1;
        int close = text.indexOf(')', from);
        for (int k = from; k < close; k++)
            if (FigureMentions.isCn(text.charAt(k)) || Character.isDigit(text.charAt(k))) return -1;
        return close;
    }

    private static boolean includes(String text, int from) {
        for (String w : INCLUDES) if (text.startsWith(w, from)) return true;
        return false;
    }
}

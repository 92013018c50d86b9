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
        if (includes(text, from) || afterFigure(text, from - 1)) return true;
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

    /**
     * "晚上33人 （有一个队员发烧了…）": a bracket right after a figure is a remark on a statement already
     * complete, read apart.
     */
    private static boolean afterFigure(String text, int bracket) {
        int i = bracket - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        // 只有24个吃（早班那批不吃）: a figure with its eating word ends the statement all the same.
        if (i >= 0 && text.charAt(i) == '吃') i--;
        else if (i >= 1 && (text.startsWith("用餐", i - 1) || text.startsWith("就餐", i - 1))) i -= 2;
        if (i < 0 || "0123456789人个位份名".indexOf(text.charAt(i)) < 0) return false;
        // 桂AH3107（柳州线）, G1234(…): digits after letters are a plate or a train, no figure.
        while (i >= 0 && Character.isDigit(text.charAt(i))) i--;
        return i < 0 || !(text.charAt(i) < 128 && Character.isLetter(text.charAt(i)));
    }

    private static boolean includes(String text, int from) {
        for (String w : INCLUDES) if (text.startsWith(w, from)) return true;
        return false;
    }
}

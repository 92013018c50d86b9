package org.receptionbot.parse;

import java.util.List;

/** A movement asked about (了没, 哪个车, 要不要, 行不行): a question, no report. */
final class MovementQuestions {

    private MovementQuestions() {}

    /**
     * Verbs of a choice question (要不要, 走没走; 8点20到行不行: whether the movement may be so); 能不能 and 可不可以 ask
     * someone to act, a request.
     */
    private static final String CHOICE = "要用走到来去是回行";

    /**
     * "吉林的兄弟们到了没", "先走的那10个用哪个车送", "要不要打包早餐": a movement asked about (了没, 哪个/哪辆/哪趟, a
     * choice 要不要 / 走没走) is a question, no report.
     */
    static boolean asks(Clause c) {
        String s = c.text;
        for (int i = c.start; i < c.end; i++) {
            char ch = s.charAt(i);
            if (ch == '哪' && i + 1 < c.end && "个辆趟班部台".indexOf(s.charAt(i + 1)) >= 0) return true;
            if (ch == '不' || ch == '没') {
                if (i > c.start
                        && i + 1 < c.end
                        && s.charAt(i - 1) == s.charAt(i + 1)
                        && CHOICE.indexOf(s.charAt(i + 1)) >= 0) return true;
                if (ch == '没'
                        && i > c.start
                        && s.charAt(i - 1) == '了'
                        && closes(s, s.startsWith("没有", i) ? i + 2 : i + 1, c.end)) return true;
            }
        }
        return false;
    }

    /**
     * "8点20到行不行", "明天早上7点走行不行": a movement of the message asked whether it may be so; the message is then
     * a question, whatever it says beside it (想赶早班机), and no report to ask about.
     */
    static boolean askedPermission(List<Clause> clauses) {
        for (Clause c : clauses)
            if ((c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) && c.span().contains("行不行") && asks(c)) return true;
        return false;
    }

    /** A clause that speaks of a movement, named or described (走的那天), and asks about it (see {@link #asks}). */
    static boolean asksOfMovement(Clause c) {
        return (c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) && asks(c);
    }

    /** Only particles or the end of the clause after {@code from}, or particles up to a space (河南的车到了没 群里说6点40). */
    private static boolean closes(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == ' ') return true;
            if ("啊呀呢吧".indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }
}

package org.receptionbot.parse;

/**
 * "河北4人刚退房，行李能不能先放前台", "行李想先寄存一下 可以吗": luggage asked to be kept after the
 * check-out is a request to act on (ISSUE OTHER); the check-out beside it is where they are, not a departure.
 * Luggage put somewhere already (行李先放前台了 谢谢) or a notice that it may be kept (行李可寄存在前台) asks nothing.
 */
final class LuggageKept {
    private static final String[] LUGGAGE = {"行李", "箱子"};
    private static final String[] KEEP = {"寄存", "存放", "暂存", "寄放", "先放", "先存", "放一下", "存一下", "放前台", "放大堂", "放在前台", "放在大堂"
    };
    private static final String[] ASKED = {"能不能", "能否", "可不可以", "可以吗", "行吗", "行不行", "麻烦", "帮忙", "想", "吗", "？", "?"};

    /** Words of leaving said after the check-out (退房走, 退房后返程): a departure all the same. */
    private static final String[] LEAVING = {"走", "离开", "返程", "回", "出发", "去"};

    private LuggageKept() {}

    /** Whether the message asks for its luggage to be kept. */
    static boolean asked(String message) {
        return any(message, LUGGAGE) && any(message, KEEP) && any(message, ASKED);
    }

    /** Whether the check-out ending at {@code after} is done now: no day, time or leaving word in the clause. */
    static boolean checkedOutNow(Clause c, int after) {
        if (!c.all(Mention.Day.class).isEmpty() || !c.all(Mention.Clock.class).isEmpty()) return false;
        return !any(c.text.substring(after, c.end), LEAVING);
    }

    /** Whether the clause speaks of the luggage or of keeping it. */
    static boolean said(Clause c) {
        String words = c.span();
        return any(words, LUGGAGE) || any(words, KEEP);
    }

    private static boolean any(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}

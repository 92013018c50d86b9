package org.receptionbot.parse;

import java.util.List;

/**
 * The reason given for a figure just corrected ("是40人 | 有两个领导没跟团", "是9个 | 有几个不回来", "是37 |
 * 有2个回家了"): the people it names are why the figure changed, already counted in it; they are no record
 * of their own. Only a clause that opens with 有 and a figure, says no delegation, meal, day, clock time or
 * train of its own and names fewer people than the figure corrected, with no problem in it, is read so.
 */
final class CorrectionReason {
    /** Words that take a figure back, said before the clause. */
    private static final String[] TAKEN_BACK = {"不对", "不是", "错了", "说错", "打错", "写错", "报错", "数错", "更正"};

    /** A problem said in the reason is reported all the same (有两个感冒发烧了 需要送点药). */
    private static final CueGroups.Group PROBLEMS =
            CueGroups.WRONG_OR_ASKED.with(Cue.NEED, Cue.LOST_WAY).without(Cue.UNREACHABLE);

    private CorrectionReason() {}

    /** Whether {@code c} only explains the figure of {@code last}, corrected before it in the message. */
    static boolean explains(Clause c, Draft last, List<String> meant) {
        if (last == null || last.count == null || !meant.isEmpty() || !c.teams().isEmpty()) return false;
        if (!opensWithPeople(c) || !c.all(Mention.Day.class).isEmpty()) return false;
        if (Figures.time(c) != null || Figures.transport(c) != null) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        // 不对不对 | 有一个下车去拿行李了 43: the figure meant comes after the reason.
        if (counts.size() > 1 || counts.size() == 1 && counts.get(0).value() >= last.count) return false;
        if (PROBLEMS.in(c)) return false;
        String before = c.text.substring(0, c.start);
        for (String w : TAKEN_BACK) if (before.contains(w)) return true;
        return false;
    }

    /** 有两个…, 有几个…, 有2位…: the clause opens with 有 and some people. */
    private static boolean opensWithPeople(Clause c) {
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        if (i + 1 >= c.end || c.text.charAt(i) != '有') return false;
        if (c.text.charAt(i + 1) == '几') return true;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == i + 1) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason given for a figure just corrected ("是40人 | 有两个领导没跟团", "是9个 | 有几个不回来", "是37 |
 * 有2个回家了"): the people it names are why the figure changed, already counted in it; they are no record
 * of their own. Only a clause that opens with 有 and a figure (or with people and what they did, "两个回济南了"), says
 * no delegation, meal, day, clock time or train of its own and names fewer people than the figure corrected, with no
 * problem in it, is read so, after a take-back word (不对, 说错了, or 哦 then 是: "晚上41 噢 是晚上39") that the figure
 * meant follows.
 */
final class CorrectionReason {
    /** Words that take a figure back, said before the clause. */
    private static final String[] TAKEN_BACK = {"不对", "不是", "错了", "说错", "打错", "写错", "报错", "数错", "更正"};

    /** A problem said in the reason is reported all the same (有两个感冒发烧了 需要送点药). */
    private static final CueGroups.Group PROBLEMS =
            CueGroups.WRONG_OR_ASKED.with(Cue.NEED, Cue.LOST_WAY).without(Cue.UNREACHABLE);

    private CorrectionReason() {}

    /**
     * Whether {@code c} only explains the figure of {@code last}, corrected before it in the message; {@code original}
     * is the message as sent (a take-back word the rules read blanked, 中午35晚上35 哦不对晚饭33, still counts).
     */
    static boolean explains(Clause c, Draft last, List<String> meant, String original) {
        if (last == null || last.count == null || !meant.isEmpty() || !c.teams().isEmpty()) return false;
        if (!opensWithPeople(c) || !c.all(Mention.Day.class).isEmpty()) return false;
        if (Figures.time(c) != null || Figures.transport(c) != null) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        // 不对不对 | 有一个下车去拿行李了 43: the figure meant comes after the reason.
        if (counts.size() > 1 || counts.size() == 1 && counts.get(0).value() >= last.count) return false;
        if (PROBLEMS.in(c)) return false;
        String before = original.substring(0, Math.min(c.start, original.length()));
        int taken = -1;
        for (String w : TAKEN_BACK) {
            int at = before.lastIndexOf(w);
            if (at >= 0) taken = Math.max(taken, at + w.length());
        }
        Matcher oh = OH_IS.matcher(before);
        while (oh.find()) taken = Math.max(taken, oh.end());
        // 晚上31，不对不对，| 有1个教练在外面开会，30个: the figure meant comes after the reason; it is no reason only.
        return taken >= 0 && figureIn(before, taken);
    }

    /** Whether a figure (digits or Chinese numerals) is said in {@code s} from {@code from}. */
    private static boolean figureIn(String s, int from) {
        for (int i = from; i < s.length(); i++)
            if (Character.isDigit(s.charAt(i)) || FigureMentions.isCn(s.charAt(i))) return true;
        return false;
    }

    /** 晚上41 噢 是晚上39: an interjection then 是 and a figure said again takes the figure back too. */
    private static final Pattern OH_IS = Pattern.compile("[哦噢喔呃]\\s*是");

    /** 有两个…, 有几个…, 有2位…, 两个…: the clause opens with some people, maybe after 有. */
    private static boolean opensWithPeople(Clause c) {
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        // 两个回济南了: people and what they did right after them (两个 alone, or 2个 then a space, is a figure).
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() == i && n.unit() && n.end() < c.end && Normalizer.isHan(c.text.charAt(n.end()))) return true;
        if (i + 1 >= c.end || c.text.charAt(i) != '有') return false;
        if (c.text.charAt(i + 1) == '几') return true;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == i + 1) return true;
        return false;
    }
}

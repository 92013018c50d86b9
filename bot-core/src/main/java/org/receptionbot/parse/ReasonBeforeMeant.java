package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason said between a figure taken back and the figure meant ("早饭 29个 哦 不对 | 有两个要早走 | 27个",
 * "中午27 不对 | 有个队员在赛场吃 | 26", "晚饭35个 说错了 | 有两个还没回来 | 33个"): the people it names are why the
 * figure changed, already left out of the figure meant, and no record of their own (a departure, a meal eaten
 * away, a problem). Before the message is read the reason is blanked (positions kept), so the figure taken back
 * and the one meant are read as one correction.
 *
 * <p>Only a reason that opens with some people (有两个, 有个, 一个队员, 有几个) as many as the two figures differ by
 * (or a few: 几个), and says no figure, meal, day, clock time or train of its own, is blanked; a reason that says an
 * illness or a problem (有3个去医院了 is a health matter all the same) is kept as a statement of its own after the
 * figure meant ({@link #meantFirst}); anything else is left to the rules. The people may be
 * counted in or left out by a word before them ("湖南明早35 不对 算上两个裁判37", "去掉两个请假的23": the figure meant is
 * then the larger or the smaller), and the figure meant may follow the reason with no space.
 */
final class ReasonBeforeMeant {
    private static final String NUM = "(?:\\d{1,3}|[一二两俩仨三四五六七八九十廿卅]{1,3})";
    private static final Pattern NUM_PATTERN = Pattern.compile(NUM);
    private static final String UNIT = "(?:个人|[人个名位])?";
    private static final String NUMERALS = "零一二两俩仨三四五六七八九十廿卅";
    /** Words before the people that count them in: the figure meant is the larger (算上两个裁判37). */
    private static final String ADDED = "算上|加上|包括|包含|含|再加|还";
    /** Words before the people that leave them out: the figure meant is the smaller (去掉两个请假的23). */
    private static final String TAKEN_OFF = "去掉|减去|减掉|不算|除去|扣掉|扣除";
    /** The figure taken back, the words taking it back, the reason, then the figure meant ending the statement. */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?<![\\d一二两三四五六七八九十廿卅:：号点])(" + NUM + ")\\s{0,2}"
            + UNIT + "[吧啦呀\\s，,]{0,3}(?:[哦噢喔呃啊额嗯]\\s{0,2}[，,]?\\s{0,2})?"
            + "(?:不对(?:[\\s，,]{0,2}不对)?|说错了|搞错了|打错了|报错了|错了)[了啊呀\\s，,。]{1,4}"
            + "((?:" + ADDED + "|" + TAKEN_OFF + ")?"
            + "(?:有\\s{0,2}(?:" + NUM + "|几)?\\s{0,2}(?:个人|[个位名])|有[俩仨]|(?:" + NUM + "|几)\\s{0,2}(?:个人|[个位名])))"
            // the reason; the figure meant may follow it with no space when the reason does not end on a numeral
            + "((?:[^\\d\\s，,。！!？?]{0,13}[^\\d\\s，,。！!？?" + NUMERALS + "])|[^\\d\\s，,。！!？?]{1,14}(?=[\\s，,。]))"
            + "[\\s，,。]{0,3}"
            + "((?:所以|那就|那|就)?(?:应该是|是|报|改成|改为)?\\s{0,2})(" + NUM + ")\\s{0,2}" + UNIT
            + "(?=[\\s，,。!！~～吧哈]|$)");
    /** Words of a meal, a day or a part of the day: a reason naming one may be about another meal. */
    private static final List<String> OWN_TIME = List.of(
            "早饭", "早餐", "早上", "早点", "中午", "午饭", "午餐", "中饭", "晚上", "晚饭", "晚餐", "宵夜", "夜宵", "今天", "明天", "后天", "今晚", "明早",
            "明晚", "上午", "下午", "点", "号", "车次", "航班");
    /** A problem or an illness said in the reason is reported all the same. */
    private static final CueGroups.Group PROBLEMS = CueGroups.WRONG_OR_ASKED
            .with(Cue.NEED, Cue.LOST_WAY, Cue.HEALTH, Cue.ILL, Cue.CARE)
            .without(Cue.UNREACHABLE);

    /** People not back yet (还没回来) are why they do not eat, no problem of their own. */
    private static final List<String> NOT_BACK = List.of("还没回来", "没回来", "还没到", "回不来", "赶不回来", "还没回");

    private ReasonBeforeMeant() {}

    /** The text with such a reason blanked; the same string when there is none. */
    static String blank(String text, CueTable cues) {
        if (!text.contains("不对") && text.indexOf('错') < 0) return text;
        Matcher m = TAKEN_BACK.matcher(text);
        char[] chars = null;
        while (m.find()) {
            int wrong = ChineseNumerals.value(m.group(1));
            int meant = ChineseNumerals.value(m.group(5));
            String people = m.group(2);
            String reason = m.group(3);
            if (wrong < 0 || meant < 0 || wrong == meant || !asMany(people, Math.abs(wrong - meant))) continue;
            if (!sameWay(people, meant - wrong)) continue;
            if (ownTime(reason)) continue;
            if (chars == null) chars = text.toCharArray();
            if (problem(people + reason, cues)) {
                // 有个在医院陪护的赶不回来: a reason that misses the meal in its own words, with no one ill, would be read
                // as a cancellation of its own.
                if (cancels(people + reason, cues) || !meantFirst(m, meant, chars)) continue;
            } else for (int i = m.start(2); i < m.end(3); i++) chars[i] = ' ';
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * "甘肃晚上廿九个 哦不对 有个队员身体不舒服不下来吃 28": a problem given as the reason is reported all the same, so
     * the figure meant takes the place of the one taken back (in digits, over its numeral and unit), and the words
     * taking it back and the figure meant are blanked, a comma left before the reason: the meal's figure, then the
     * problem, each a statement of its own. False, changing nothing, when the figure meant does not fit where the one taken back was.
     */
    private static boolean meantFirst(Matcher m, int meant, char[] chars) {
        String digits = Integer.toString(meant);
        int wrongEnd = m.start(2);
        int unitEnd = m.end(1);
        while (unitEnd < wrongEnd && "个人名位".indexOf(chars[unitEnd]) >= 0) unitEnd++;
        boolean unit = unitEnd > m.end(1);
        if (unitEnd - m.start(1) < digits.length() + (unit ? 1 : 0)) return false;
        int at = m.start(1);
        for (char c : digits.toCharArray()) chars[at++] = c;
        if (unit) chars[at++] = '个';
        while (at < unitEnd) chars[at++] = ' ';
        for (int i = unitEnd; i < wrongEnd; i++) chars[i] = ' ';
        // a comma, not only spaces, between the figure and the problem: two statements.
        chars[wrongEnd - 1] = '，';
        for (int i = m.start(4); i < m.end(); i++) chars[i] = ' ';
        return true;
    }

    /** Whether people counted in go with a larger figure meant, and people left out with a smaller one. */
    private static boolean sameWay(String people, int change) {
        if (people.matches("(?:" + ADDED + ").*")) return change > 0;
        if (people.matches("(?:" + TAKEN_OFF + ").*")) return change < 0;
        return true;
    }

    /** 有两个 for 2, 有个/一个 for 1, 有几个 for a few (up to 5). */
    private static boolean asMany(String people, int difference) {
        if (people.contains("几")) return difference <= 5;
        Matcher n = NUM_PATTERN.matcher(people);
        if (!n.find()) return difference == 1;
        return ChineseNumerals.value(n.group()) == difference;
    }

    private static boolean ownTime(String reason) {
        for (String w : OWN_TIME) if (reason.contains(w)) return true;
        return false;
    }

    private static boolean cancels(String reason, CueTable cues) {
        boolean cancels = false;
        for (CueTable.Hit h : cues.scan(reason)) {
            // 有个队员身体不舒服不下来吃: the one ill is the matter; the meal missed is why the figure changed.
            if (h.cue() == Cue.ILL || h.cue() == Cue.HEALTH) return false;
            cancels |= h.cue() == Cue.CANCEL || h.cue() == Cue.FEWER;
        }
        return cancels;
    }

    private static boolean problem(String reason, CueTable cues) {
        String said = reason;
        for (String w : NOT_BACK) said = said.replace(w, "");
        for (CueTable.Hit h : cues.scan(said)) if (PROBLEMS.cues().contains(h.cue())) return true;
        return false;
    }
}

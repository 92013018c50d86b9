package org.receptionbot.parse;

/**
 * "中午48 晚上52 说错了 中午是46", "早饭30 中午32 不对 早饭是28": a correction that names, with its figure, a meal said
 * earlier in the message than the one right before it corrects that earlier meal; the meal between stands. The
 * earlier meal with its figure and the correction word are blanked (positions kept), so the rules read each meal
 * once, with the figure meant.
 */
final class EarlierMealCorrected {
    /** Words of one meal each: a meal word and the part of the day that names it. */
    private static final String[][] MEALS = {
        {"早饭", "早餐", "早上"}, {"午饭", "午餐", "中饭", "中餐", "中午"}, {"晚饭", "晚餐", "晚上"}, {"宵夜", "夜宵"}
    };
    /** Words that take back what was said. */
    private static final String[] WRONG = {"说错了", "搞错了", "写错了", "打错了", "报错了", "不对", "错了"};
    /** What may stand between the correction word and the meal meant (哦, 应该是, 其实). */
    private static final String[] LEADS = {"应该是", "应该", "其实是", "其实", "是"};
    /** What may stand between a meal word and its figure (中午是46, 中午少4个). */
    private static final String BEFORE_FIGURE = "是少减加多了 ";

    private static final String PAUSE = " ,，哦噢喔呃啊";
    private static final String UNIT_END = "个人名位";

    private EarlierMealCorrected() {}

    /** Whether the text may take a meal back: 错, 不对, or 是 after an interjection. */
    static boolean may(String text) {
        if (text.indexOf('错') >= 0 || text.contains("不对")) return true;
        if (text.indexOf('是') < 0) return false;
        for (int i = 0; i < OH.length(); i++) if (text.indexOf(OH.charAt(i)) >= 0) return true;
        return false;
    }

    /** The text with each earlier meal corrected this way blanked; the same string when there is none. */
    static String blank(String text) {
        char[] chars = null;
        for (String w : WRONG) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                // 不对 inside 说错了 and the like is found once.
                if (w.equals("错了") && at > 0 && "说搞写打报".indexOf(text.charAt(at - 1)) >= 0) continue;
                chars = blank(text, at, at + w.length(), chars);
            }
        }
        // 中午50 晚上50 噢 是中午48: 哦 then 是 takes back as 不对 does.
        for (int at = 0; at < text.length(); at++) {
            if (OH.indexOf(text.charAt(at)) < 0) continue;
            int is = at + 1;
            while (is < text.length() && text.charAt(is) == ' ') is++;
            if (is < text.length() && text.charAt(is) == '是') chars = blank(text, at, is + 1, chars);
        }
        return chars == null ? text : new String(chars);
    }

    /** Interjections that, followed by 是, take back what was said. */
    private static final String OH = "哦噢喔呃";

    /**
     * {@code chars} (null: none blanked yet) with the earlier meal and the take-back word in [{@code at}, {@code after})
     * blanked, when what follows the word corrects a meal said before the one right before it.
     */
    private static char[] blank(String text, int at, int after, char[] chars) {
        int meant = afterLeads(text, after);
        int group = mealAt(text, meant);
        if (group < 0 || figureEnd(text, meant + wordAt(text, meant).length()) < 0) return chars;
        int before = lastMeal(text, 0, at);
        if (before < 0 || mealAt(text, before) == group) return chars;
        int earlier = lastMealOf(text, group, before);
        if (earlier < 0) return chars;
        int end = figureEnd(text, earlier + wordAt(text, earlier).length());
        if (end < 0 || end > before) return chars;
        char[] out = chars == null ? text.toCharArray() : chars;
        for (int k = earlier; k < end; k++) out[k] = ' ';
        for (int k = at; k < after; k++) out[k] = ' ';
        return out;
    }

    private static int afterLeads(String text, int from) {
        int at = from;
        while (at < text.length() && PAUSE.indexOf(text.charAt(at)) >= 0) at++;
        for (String l : LEADS)
            if (text.startsWith(l, at)) {
                at += l.length();
                break;
            }
        while (at < text.length() && text.charAt(at) == ' ') at++;
        return at;
    }

    /** Where the figure after a meal word ending at {@code from} ends (its unit too), or -1 when none follows. */
    private static int figureEnd(String text, int from) {
        int at = afterLeads(text, from);
        while (at < text.length() && BEFORE_FIGURE.indexOf(text.charAt(at)) >= 0 && at - from < 4) at++;
        int digits = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || FigureMentions.isCn(text.charAt(at)))) at++;
        if (at == digits) return -1;
        while (at < text.length() && UNIT_END.indexOf(text.charAt(at)) >= 0) at++;
        return at;
    }

    /** The meal (index into {@link #MEALS}) whose word starts at {@code at}, or -1. */
    private static int mealAt(String text, int at) {
        for (int g = 0; g < MEALS.length; g++) for (String w : MEALS[g]) if (text.startsWith(w, at)) return g;
        return -1;
    }

    private static String wordAt(String text, int at) {
        for (String[] words : MEALS) for (String w : words) if (text.startsWith(w, at)) return w;
        return "";
    }

    /** The start of the last meal word before {@code to}, from {@code from}, or -1. */
    private static int lastMeal(String text, int from, int to) {
        for (int i = to - 2; i >= from; i--) if (mealAt(text, i) >= 0) return i;
        return -1;
    }

    /** The start of the last word of meal {@code group} before {@code to}, or -1. */
    private static int lastMealOf(String text, int group, int to) {
        for (int i = to - 2; i >= 0; i--) if (mealAt(text, i) == group) return i;
        return -1;
    }
}

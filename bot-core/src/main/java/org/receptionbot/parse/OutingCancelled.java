package org.receptionbot.parse;

/**
 * "今天晚上聚餐取消了 回来吃 38个", "中午的饭局取消了，回酒店吃", "晚饭不要盒饭了 回来吃 27个": an outing, or the
 * boxed meal, that was to replace the meal here is cancelled and the people eat here. The cancel word is the outing's, not the meal's: the outing and its
 * cancel word are blanked before the message is read, so the meal and the figure after are read as eaten here.
 */
final class OutingCancelled {
    /** Outings that replace a meal of the event. */
    private static final String[] OUTINGS = {
        "聚餐",
        "聚会",
        "饭局",
        "宴请",
        "外出",
        "出去吃",
        "外面吃",
        "活动",
        "比赛",
        "训练",
        "参观",
        "游览",
        "演出",
        "会议",
        // 盒饭不要了 回来吃: the meal in boxes (eaten away) given up.
        "盒饭",
        "打包",
        "送餐"
    };
    /** Words that cancel the outing. */
    private static final String[] CANCELS = {"取消", "不去了", "黄了", "泡汤", "不要了", "不用了"};
    /** The boxed or packed form of a meal given up, said with the word that gives it up first: 不要盒饭了, 不用打包了. */
    private static final java.util.regex.Pattern FORM_GIVEN_UP =
            java.util.regex.Pattern.compile("(?:不要|不用|不需要|不订|别)(?:再)?(?:送|给我们送|准备|做)?(?:盒饭|打包|送餐)了?");
    /** Words that say the people eat here after all. */
    private static final String[] HERE = {
        "回来吃", "回酒店吃", "回宾馆吃", "回驻地吃", "在这边吃", "在这吃", "在这里吃", "在酒店吃", "在宾馆吃", "在餐厅吃", "在驻地吃"
    };
    /** Most characters between the outing and its cancel word (晚上外面的聚会也取消了). */
    private static final int NEAR = 4;
    /** What the blanked span takes before the outing (中午的饭局, 出去聚餐, 在外面的聚会). */
    private static final String LEADING = "的在外面出去边头里本原来计划定说要安排";
    /**
     * What may stand between the outing and its cancel word across a space: the old plan's end and the turn to
     * now ("本来在外面聚餐的 现在取消了", "去外面吃的，取消了").
     */
    private static final String TURN = "的了 ，,现在但是后来又已经";
    /** Most characters of such a turn. */
    private static final int TURN_MOST = 8;
    /** What the blanked span takes after the cancel word (取消了，). */
    private static final String TRAILING = "了咯啦啊哈 ,，";

    private OutingCancelled() {}

    /** The text with each cancelled outing blanked; the same string when there is none. */
    static String blank(String text) {
        int here = firstHere(text);
        if (here < 0) return text;
        char[] chars = null;
        java.util.regex.Matcher form = FORM_GIVEN_UP.matcher(text);
        while (form.find() && form.start() < here) {
            if (chars == null) chars = text.toCharArray();
            for (int k = form.start(); k < form.end(); k++) chars[k] = ' ';
        }
        for (String cancel : CANCELS) {
            for (int at = text.indexOf(cancel); at >= 0 && at < here; at = text.indexOf(cancel, at + 1)) {
                int from = outingBefore(text, at);
                if (from < 0) continue;
                // 现在比赛取消了: 现在 is the turn to the new plan, kept.
                while (from > 0
                        && LEADING.indexOf(text.charAt(from - 1)) >= 0
                        && !(text.charAt(from - 1) == '在' && from > 1 && text.charAt(from - 2) == '现')) from--;
                int end = at + cancel.length();
                while (end < here && TRAILING.indexOf(text.charAt(end)) >= 0) end++;
                if (chars == null) chars = text.toCharArray();
                for (int k = from; k < end; k++) chars[k] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static int firstHere(String text) {
        int first = -1;
        for (String w : HERE) {
            int at = text.indexOf(w);
            // 不回来吃 / 不在这边吃: the meal not eaten here.
            if (at > 0 && "不没".indexOf(text.charAt(at - 1)) >= 0) continue;
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /** Where an outing word ends at most {@link #NEAR} characters before {@code at} starts, or -1. */
    private static int outingBefore(String text, int at) {
        for (String o : OUTINGS) {
            int from = text.lastIndexOf(o, at - o.length());
            if (from < 0) continue;
            int gap = at - (from + o.length());
            if (gap <= NEAR && noBreak(text, from + o.length(), at)) return from;
            if (gap <= TURN_MOST && turn(text, from + o.length(), at)) return from;
        }
        return -1;
    }

    private static boolean turn(String text, int from, int to) {
        for (int i = from; i < to; i++) if (TURN.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    private static boolean noBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }
}

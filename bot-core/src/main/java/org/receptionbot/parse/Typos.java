package org.receptionbot.parse;

/**
 * Meal and day words as phone keyboards and voice input misspell them (中五, 中无, 晚反, 午参, 终饭, 碗饭, 今万,
 * 明造, 消夜; a bowl stays a bowl: 三碗饭), 明天 typed 名天, 赶飞机 typed
 * 感飞机, 报到了 typed 报道了, 不去 typed 不取, and
 * the unit of people after a figure (34仁): each becomes the word meant, of the same length, so spans still match.
 */
final class Typos {
    /** Pairs of a misspelling and the word meant. */
    private static final String[][] WORDS = {
        {"中五", "中午"},
        {"中伍", "中午"},
        {"中舞", "中午"},
        {"中无", "中午"},
        {"早反", "早饭"},
        {"午反", "午饭"},
        {"中反", "中饭"},
        {"晚反", "晚饭"},
        {"早范", "早饭"},
        {"午范", "午饭"},
        {"晚范", "晚饭"},
        {"终饭", "中饭"},
        {"钟饭", "中饭"},
        {"终午", "中午"},
        {"钟午", "中午"},
        {"碗饭", "晚饭"},
        {"碗餐", "晚餐"},
        {"今万", "今晚"},
        {"今碗", "今晚"},
        {"明造", "明早"},
        {"早参", "早餐"},
        {"午参", "午餐"},
        {"中参", "中餐"},
        {"晚参", "晚餐"},
        {"早残", "早餐"},
        {"午残", "午餐"},
        {"晚残", "晚餐"},
        {"晚晏", "晚宴"},
        {"午晏", "午宴"},
        {"晚燕", "晚宴"},
        {"吃反", "吃饭"},
        // 安徽消夜12人: 消夜 is an old spelling of 宵夜 still typed; the event file names 宵夜/夜宵.
        {"消夜", "宵夜"},
        {"感飞机", "赶飞机"},
        {"敢飞机", "赶飞机"},
        {"感高铁", "赶高铁"},
        {"感火车", "赶火车"},
        {"感动车", "赶动车"},
        // 有一个改区北海了: 改去 as the pinyin input method slips (gai qu); 改区划, 改区域 stay (see NOT_BEFORE).
        {"改区", "改去"},
        // 贵州五个人报道了: registering (报到) typed as reporting news (报道), said as done.
        {"报道了", "报到了"},
        {"报道完", "报到完"}
    };

    /** 不取百色了: 不去 as the pinyin input method slips (bu qu), unless what follows is taken (不取消, 不取餐, 不取票). */
    private static final String NOT_TAKEN = "消餐票卡钱件号款货药快证回包饭";

    private Typos() {}

    /** Characters before a misspelling that make it a word of its own (其中五个, 集中反映). */
    private static final String NOT_AFTER = "其集当从空初高心途之";
    /** Characters after a misspelling that make it a word of its own (晚反馈, 中五个人, 早反应). */
    private static final String NOT_BEFORE = "馈应映对正而复思悔个人名位十百千分天号点年月日岁楼层划域";

    /** Characters after 参 that make it taking part (明早参加, 上午参观, 早参会), not 餐 misspelt. */
    private static final String TAKING_PART = "加观会赛与展";

    /** Characters before 碗饭 that make it bowls of rice (三碗饭, 一大碗饭, 盛碗饭), not 晚饭. */
    private static final String BOWLS = "0123456789一二两三四五六七八九十几半大小满空盛吃添端";

    /** Characters around 名天 that make it part of other words (知名天才, 报名天数, 5名天津队员, 名扬天下). */
    private static final String NOT_BEFORE_DAY = "知命著报排署签点有莫出成闻扬0123456789一二两三四五六七八九十几百";

    private static final String NOT_AFTER_DAY = "才使空宫文数地津然";

    static String fix(String text) {
        char[] out = null;
        for (String[] w : WORDS) {
            for (int at = text.indexOf(w[0]); at >= 0; at = text.indexOf(w[0], at + 1)) {
                int end = at + w[0].length();
                if (at > 0 && NOT_AFTER.indexOf(text.charAt(at - 1)) >= 0) continue;
                if (end < text.length() && NOT_BEFORE.indexOf(text.charAt(end)) >= 0) continue;
                if (w[0].endsWith("参") && end < text.length() && TAKING_PART.indexOf(text.charAt(end)) >= 0) continue;
                if (w[0].charAt(0) == '碗' && at > 0 && BOWLS.indexOf(text.charAt(at - 1)) >= 0) continue;
                if (out == null) out = text.toCharArray();
                w[1].getChars(0, w[1].length(), out, at);
            }
        }
        out = days(text, out);
        for (int at = text.indexOf("不取"); at >= 0; at = text.indexOf("不取", at + 1)) {
            if (at + 2 < text.length() && NOT_TAKEN.indexOf(text.charAt(at + 2)) >= 0) continue;
            if (out == null) out = text.toCharArray();
            out[at + 1] = '去';
        }
        out = zeros(text, out);
        for (int at = text.indexOf('仁'); at > 0; at = text.indexOf('仁', at + 1)) {
            // 34仁, 三十仁: the unit of people as the pinyin input method slipped (ren); 五仁月饼 stays.
            if (!afterFigure(text, at)) continue;
            if (out == null) out = text.toCharArray();
            out[at] = '人';
        }
        return out == null ? text : new String(out);
    }

    private static final String HAN_DIGITS = "一二两三四五六七八九十百";

    private static final String DIGITS = "0123456789０１２３４５６７８９";

    /** What may follow a figure's last digit: another digit, or a unit of people or portions. */
    private static final String AFTER_ZERO = DIGITS + "人个位名份";

    /**
     * 4O人, 1o个: the letter O typed for a zero after a digit, before a digit or a unit (the keys sit
     * side by side on a phone's keyboard).
     */
    private static char[] zeros(String text, char[] out) {
        for (int at = 1; at + 1 < text.length(); at++) {
            char c = text.charAt(at);
            if (c != 'O' && c != 'o') continue;
            if (DIGITS.indexOf(text.charAt(at - 1)) < 0 || AFTER_ZERO.indexOf(text.charAt(at + 1)) < 0) continue;
            if (out == null) out = text.toCharArray();
            out[at] = '0';
        }
        return out;
    }

    /** A figure right before {@code at}: Arabic, or Chinese of two characters or more, or one Chinese digit ending the word. */
    private static boolean afterFigure(String text, int at) {
        char before = text.charAt(at - 1);
        if ("0123456789０１２３４５６７８９".indexOf(before) >= 0) return true;
        if (HAN_DIGITS.indexOf(before) < 0) return false;
        if (at > 1 && HAN_DIGITS.indexOf(text.charAt(at - 2)) >= 0) return true;
        return at + 1 == text.length() || !Normalizer.isHan(text.charAt(at + 1));
    }

    /**
     * 名天下午三点到: 明天 as the pinyin input method slips (ming tian), unless a figure or 扬 comes before
     * (5名天津队员, 名扬天下) or 津/然 after it (名天津, 天然).
     */
    private static char[] days(String text, char[] out) {
        for (int at = text.indexOf("名天"); at >= 0; at = text.indexOf("名天", at + 1)) {
            if (at > 0 && NOT_BEFORE_DAY.indexOf(text.charAt(at - 1)) >= 0) continue;
            if (at + 2 < text.length() && NOT_AFTER_DAY.indexOf(text.charAt(at + 2)) >= 0) continue;
            if (out == null) out = text.toCharArray();
            out[at] = '明';
        }
        return out;
    }
}

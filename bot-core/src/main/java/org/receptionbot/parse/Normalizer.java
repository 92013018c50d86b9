package org.receptionbot.parse;

/** Folds a message into the form the rules read. The result has the length of the input, so spans match. */
final class Normalizer {

    /** What opens a figure, or 我们 before one, after a question's 吗 and a space. */
    private static final String FIGURE_NEXT = "0123456789一二两三四五六七八九十廿卅我";

    private Normalizer() {}

    /**
     * Full-width ASCII forms become ASCII (３４ → 34, ： → :), the ideographic space a space, a carriage
     * return a line break, Latin letters upper case (g1234 → G1234), traditional and variant characters
     * simplified ({@link VariantChars}: 新彊 → 新疆), an emoji that is a word the word ({@link WordEmoji}: 🈚️变化 → 并没有变化). A sign between a word and a figure
     * is a change of it (中午-4 → 中午少4, 晚 +2 → 晚 加2); a sum is its result ({@link Arithmetic}); a figure changed with an arrow is the new one ({@link ArrowFigures}); 参 right after 早/午/晚 is the slip of the input
     * method for 餐 (午参33人), unless a word of taking part follows (午参加); a space after 吗 before a figure (or 我们
     * and one) ends the question as its mark would (中午还能报吗 32人 → 中午还能报吗?32人); 有个队员 is 一个队员 ({@link SomeOne});
     * "as planned" typed in English is 照常 ({@link LatinWords}); 也/都/还是 between a meal and its figure is
     * dropped ({@link SameFigureWords}: 晚上也30 → 晚上30); a changed set-off hour is the departure's
     * ({@link SetOffChanged}: 出发时间调整为7点); 提早, 推后 and a leaving 晚点 are 提前 and 推迟 ({@link ShiftWords}); a whole delegation's movement denied is blanked ({@link WholeDenied}); a greeting glued to
     * what follows ends its own clause ({@link DayGreeting}: 早上好四川… → 你好，四川…).
     */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000' || c == '\t') c = ' ';
            else if (c == '\r') c = '\n';
            if (c >= 'a' && c <= 'z') c = (char) (c - 32);
            else if (c >= '\u3400') c = VariantChars.fold(c);
            out[i] = c;
        }
        WordEmoji.fix(out);
        ArrowFigures.fix(out);
        Arithmetic.fix(out);
        for (int i = 1; i + 1 < out.length; i++) {
            char c = out[i];
            if ((c == '+' || c == '-') && signAfterWord(out, i) && isDigit(out[i + 1])) out[i] = c == '+' ? '加' : '少';
            else if (c == '参' && "早午晚".indexOf(out[i - 1]) >= 0 && "加观会赛与展".indexOf(out[i + 1]) < 0) out[i] = '餐';
            else if (c == ' ' && out[i - 1] == '吗' && FIGURE_NEXT.indexOf(out[i + 1]) >= 0) out[i] = '?';
        }
        return WholeDenied.fix(SameFigureWords.fix(SetOffChanged.fix(ShiftWords.fix(
                AllPresent.fix(SomeOne.fix(Typos.fix(DayGreeting.fix(LatinWords.fix(new String(out))))))))));
    }

    /**
     * A sign right after a word (晚+2), or after a word and spaces that is no unit of a figure (晚上 +3, but
     * 中午30人 +1 adds to the figure said).
     */
    private static boolean signAfterWord(char[] out, int i) {
        if (isHan(out[i - 1])) return true;
        int k = i - 1;
        while (k > 0 && out[k] == ' ') k--;
        return k < i - 1 && isHan(out[k]) && "人个位名份桌".indexOf(out[k]) < 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}

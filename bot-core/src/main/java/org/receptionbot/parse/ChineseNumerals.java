package org.receptionbot.parse;

/** Numbers as people type them: 35, 三十五, 两, 俩, 仨, 十二, 一百零五, 廿五, 卅. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of a run of Arabic digits or Chinese numerals; -1 when it is not one or too large. */
    public static int value(String s) {
        if (s.isEmpty() || s.length() > 6) return -1;
        char first = s.charAt(0);
        if (first >= '0' && first <= '9') {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
        return chinese(s, false);
    }

    /**
     * The value of a run of Chinese numerals of any length picked out of a whole answer, its other words dropped
     * ("三十 老百姓" read as 三十百): as {@link #value}, but with no limit of length, a 零 read as no digit (零十 is 10)
     * and a 百 with no digit before it counting nothing; -1 when a character is no numeral.
     */
    public static int picked(String s) {
        return s.isEmpty() ? -1 : chinese(s, true);
    }

    private static int chinese(String s, boolean picked) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digit = picked && d == 0 ? -1 : d;
                continue;
            }
            if (c == '廿' || c == '卅') {
                total += c == '廿' ? 20 : 30;
                digit = -1;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) return -1;
            total += (digit >= 0 ? digit : picked && unit == 100 ? 0 : 1) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    private static int digit(char c) {
        if (c == '两' || c == '俩') return 2;
        if (c == '仨') return 3;
        if (c == '〇') return 0;
        return DIGITS.indexOf(c);
    }
}

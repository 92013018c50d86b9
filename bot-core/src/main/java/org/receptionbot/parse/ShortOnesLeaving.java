package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "辽宁晚上28 少的5个今天下午5点坐G1580走": after a meal's figure, 少的 with a figure of people, then their movement, names
 * the people short of the meal by their leaving (as "有5个今天下午走" would): the meal keeps its figure, the movement
 * takes theirs. The two characters become " 有", so positions are kept.
 */
final class ShortOnesLeaving {
    /** A meal's figure, 少的, then people and, in the same stretch of words, a word of leaving. */
    private static final Pattern SHORT_ONES =
            Pattern.compile("(?<=[0-9十] ?)少的(?=(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个人|个|位|人)[^，。,；;！!？?\\n]{0,24}?"
                    + "(?:走|离开|返程|回去|出发))");

    private ShortOnesLeaving() {}

    static String read(String text) {
        if (!text.contains("少的")) return text;
        Matcher m = SHORT_ONES.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            chars[m.start()] = ' ';
            chars[m.start() + 1] = '有';
        } while (m.find());
        return new String(chars);
    }
}

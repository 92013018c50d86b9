package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "晚上也30", "中午晚上都34", "明早也是45", "晚饭还是50": a meal given the same figure as another, or its figure kept,
 * with 也/都/也是/都是/还是 between the meal and the figure. The figure moves next to the meal and the word is
 * blanked after it (晚上也是30 → "晚上30  "); the length stays, so spans still match.
 */
final class SameFigureWords {
    private static final Pattern SAID = Pattern.compile("(早上|早饭|早餐|明早|中午|中饭|午饭|午餐|晚上|晚饭|晚餐|今晚|宵夜|夜宵|这顿|那顿|三餐|三顿|两餐|两顿)"
            + "\\s?(也都是|都也是|也还是|也是|都是|还是|也|都)"
            + "([0-9]+[人个位份]?|[两二三四五六七八九十][零一二两三四五六七八九十百]*[人个位份]?)(?![0-9零一二两三四五六七八九十百])");

    private SameFigureWords() {}

    /** The text with each such word blanked. */
    static String fix(String text) {
        if (text.indexOf('也') < 0 && text.indexOf('都') < 0 && text.indexOf('还') < 0) return text;
        Matcher m = SAID.matcher(text);
        if (!m.find()) return text;
        char[] out = text.toCharArray();
        do {
            // 28号早饭也41: a meal of a dated day is left to the rules of meal series.
            if (m.start() > 0 && "号日".indexOf(text.charAt(m.start() - 1)) >= 0) continue;
            // 都一起, 也一样: a figure of one person with nothing after it is no figure here.
            String figure = m.group(3);
            int from = m.end(1);
            for (int i = from; i < m.end(); i++) out[i] = ' ';
            figure.getChars(0, figure.length(), out, from);
        } while (m.find());
        return new String(out);
    }
}

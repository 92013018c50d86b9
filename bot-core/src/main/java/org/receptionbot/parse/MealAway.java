package org.receptionbot.parse;

/**
 * "中午不在 去游览大峡谷", "早7 中7 晚上都不在", "中午不在餐厅 去赛场", "晚饭明早都不在山庄": a meal or its part of the day said to be away
 * (不在, maybe with the place meals are served at) with nothing after it in the statement is that meal not eaten;
 * "不在房间", "中午不在这吃" say where, and are read elsewhere.
 */
final class MealAway {
    private static final String[] MEALS = {
        "早上", "中午", "晚上", "今晚", "明早", "明晚", "早饭", "早餐", "午饭", "午餐", "中饭", "晚饭", "晚餐", "晚宴", "宵夜"
    };
    /** Words that may stand between the meal and 不在 (晚上都不在, 中午我们就不在). */
    private static final String BETWEEN = "都也就全我们还";

    private static final String ENDS = " ,，。;；!！?？\n~～、";

    private MealAway() {}

    /** The places where the event's meals are served: "中午不在餐厅", "明早不在酒店了" say the meal is not eaten there. */
    private static final String[] SERVED = {"餐厅", "酒店", "宾馆", "驻地", "住地", "山庄", "民宿"};

    /** Units of a figure of people said between the meal and 不在. */
    private static final String UNITS = "个人位名";

    private static final String DIGITS = "0123456789０１２３４５６７８９一二两三四五六七八九十俩仨";

    /**
     * "晚饭5个都不在", "晚上有3个人不在": where the meal's word would end before a figure of people (with its unit, maybe
     * after 有) that ends at {@code from}; {@code from} itself when no such figure is there.
     */
    private static int beforeFigure(String text, int from) {
        int i = from;
        while (i > 0 && from - i < 2 && UNITS.indexOf(text.charAt(i - 1)) >= 0) i--;
        if (i == from) return from;
        int unit = i;
        while (i > 0 && unit - i < 3 && DIGITS.indexOf(text.charAt(i - 1)) >= 0) i--;
        if (i == unit) return from;
        if (i > 0 && text.charAt(i - 1) == '有') i--;
        return i;
    }

    /** Whether 不在 at {@code at}, maybe with the place the meals are served at, ends its statement and follows a meal's word. */
    static boolean said(String text, int at) {
        // 今晚就不在了: gone, said of people who left; no meal given up.
        int end = at + 2;
        for (String place : SERVED) {
            if (!text.startsWith(place, end)) continue;
            end += place.length();
            if (end < text.length() && text.charAt(end) == '了') end++;
            break;
        }
        if (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) return false;
        int from = at;
        while (from > 0 && at - from < 4 && BETWEEN.indexOf(text.charAt(from - 1)) >= 0) from--;
        int figure = beforeFigure(text, from);
        if (figure < from) {
            from = figure;
            while (from > 0 && figure - from < 2 && BETWEEN.indexOf(text.charAt(from - 1)) >= 0) from--;
        }
        for (String m : MEALS) if (from >= m.length() && text.startsWith(m, from - m.length())) return true;
        return false;
    }
}

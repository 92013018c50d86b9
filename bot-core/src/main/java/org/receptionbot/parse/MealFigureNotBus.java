package org.receptionbot.parse;

/**
 * "辽宁中午33 晚上33 车找到了": a figure right after a meal's word, then a space and 车, is the meal's figure; the 车 opens
 * the next statement. It names no bus ({@link TransportMentions}): a bus is written "3号车" or "3车", never with a space
 * after a meal's word.
 */
final class MealFigureNotBus {
    private MealFigureNotBus() {}

    /** Words of a meal or of a part of the day that names one, right before a meal's figure. */
    private static final String[] MEAL_WORDS = {
        "早上", "中午", "晚上", "今晚", "明早", "明晚", "早饭", "午饭", "晚饭", "中饭", "早餐", "午餐", "晚餐", "宵夜", "夜宵", "早点"
    };

    /**
     * Whether the vehicle matched as {@code match} at {@code start} of {@code text} is a meal's figure: a number, a
     * space and the vehicle's word (no 号 or 辆), right after a meal's word.
     */
    static boolean mealFigure(String text, int start, String match) {
        int space = match.indexOf(' ');
        if (space < 0 || match.indexOf('号') >= 0 || match.indexOf('辆') >= 0) return false;
        for (String w : MEAL_WORDS) if (text.startsWith(w, start - w.length())) return true;
        return false;
    }
}

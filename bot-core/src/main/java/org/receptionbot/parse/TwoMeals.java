package org.receptionbot.parse;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Meal;

/**
 * "兵团两顿都25", "两餐都不吃": two meals said by their number (两顿, 两餐, 两顿饭) are the two of the day's breakfast, lunch
 * and dinner still to be served, when the message is sent on the day it means (no other day said) and exactly two of them
 * have not ended: then the words become the pair's own (中晚, 中晚饭; the length kept, so spans match). Which two they are
 * cannot be known otherwise (before breakfast has ended three are left, after lunch one, and another day has all three):
 * the words are left as they are, and the message is asked about. 两餐厅, 前两顿, 吃了两顿 are no meals meant.
 */
final class TwoMeals {
    /** The words of two meals, longest first, and the pair's words of the same length for lunch and dinner. */
    private static final String[][] WORDS = {{"两顿饭", "中晚饭"}, {"两餐饭", "中晚饭"}, {"两顿", "中晚"}, {"两餐", "中晚"}};
    /** What may not come right before: 前两顿, 最后两顿, 这两顿 are meals pointed at; 吃了两顿 is the past; 早中两餐 names them. */
    private static final String NOT_AFTER = "前后头这那第了过吃每早中晚午";
    /** What may not follow 两餐: 两餐厅, 两餐桌, 两餐馆 are places or things. */
    private static final String NOT_BEFORE = "厅桌馆具费标券";

    private TwoMeals() {}

    /**
     * {@code text} with two meals said by their number put as lunch and dinner, when those are the two left of the day
     * it is sent on; the same string otherwise.
     *
     * @param mentions the mentions of {@code text}: a day said that is not {@code now}'s leaves it as it is
     */
    static String fix(String text, List<Mention> mentions, LocalDateTime now, Lexicon lexicon) {
        if (text.indexOf('两') < 0 || text.indexOf('顿') < 0 && text.indexOf('餐') < 0) return text;
        char[] out = null;
        for (String[] w : WORDS) {
            for (int i = text.indexOf(w[0]); i >= 0; i = text.indexOf(w[0], i + 1)) {
                if (!meant(text, i, w[0].length())) continue;
                if (out == null) {
                    if (!lunchAndDinnerLeft(mentions, now, lexicon)) return text;
                    out = text.toCharArray();
                }
                if (out[i] == '两') w[1].getChars(0, w[1].length(), out, i);
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean meant(String text, int at, int length) {
        if (at > 0 && NOT_AFTER.indexOf(text.charAt(at - 1)) >= 0) return false;
        int end = at + length;
        return end >= text.length() || NOT_BEFORE.indexOf(text.charAt(end)) < 0;
    }

    /**
     * Whether the message names no day but {@code now}'s and no meal (中午和晚上都在这吃 两顿都是41人: the two are those said)
     * and, of the day's three meals, only lunch and dinner have not ended.
     */
    private static boolean lunchAndDinnerLeft(List<Mention> mentions, LocalDateTime now, Lexicon lexicon) {
        for (Mention m : mentions) {
            if (m instanceof Mention.Day d && !d.date().equals(now.toLocalDate())) return false;
            if (m instanceof Mention.Meals || m instanceof Mention.Part) return false;
        }
        if (lexicon.morningMeal == null || lexicon.noonMeal == null || lexicon.eveningMeal == null) return false;
        List<String> left = new ArrayList<>();
        LocalTime time = now.toLocalTime();
        for (Meal meal : lexicon.event.meals())
            if ((meal.id().equals(lexicon.morningMeal)
                            || meal.id().equals(lexicon.noonMeal)
                            || meal.id().equals(lexicon.eveningMeal))
                    && time.isBefore(meal.serveTo())) left.add(meal.id());
        return left.size() == 2 && left.contains(lexicon.noonMeal) && left.contains(lexicon.eveningMeal);
    }
}

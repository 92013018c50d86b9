package org.receptionbot.parse;

/**
 * A meal taken along when leaving ("带早餐走", "早饭带着走", "打包早餐"): the meal made all the same, packed (a report of
 * the meal as planned, {@link Cue#AS_PLANNED}), and the 走 in it no movement of its own.
 */
final class MealTakenAlong {
    /** Meal words a meal taken along is said with. */
    private static final String[] MEALS = {"早餐", "早饭", "早点", "午餐", "午饭", "中饭", "晚餐", "晚饭", "盒饭", "饭"};

    /** Words that pack a meal or take it along, said right before the meal (打包早餐, 带早餐走). */
    private static final String[] PACKING = {"打包", "打个包", "要打包", "需要打包", "带", "带着", "要带"};

    private MealTakenAlong() {}

    static void register(CueTable t) {
        StringBuilder words = new StringBuilder("带着走");
        for (String meal : MEALS)
            words.append(" 带").append(meal).append("走 带着").append(meal).append('走');
        t.add(Cue.AS_PLANNED, words.toString());
    }

    /** Whether the text from {@code from} to {@code to} (where a meal is named) is a packing word: 打包早餐, 带早餐. */
    static boolean packs(String text, int from, int to) {
        for (String w : PACKING) if (to - from == w.length() && text.startsWith(w, from)) return true;
        return false;
    }

    /** Whether the 走 at {@code at} ends a meal taken along: after 带着 (早饭带着走) or 带 and a meal (带早餐走). */
    static boolean carried(String text, int at) {
        if (at >= 2 && text.startsWith("带着", at - 2)) return true;
        for (String meal : MEALS) {
            int m = at - meal.length();
            if (m < 1 || !text.startsWith(meal, m)) continue;
            if (text.charAt(m - 1) == '带' || m >= 2 && text.startsWith("带着", m - 2)) return true;
        }
        return false;
    }
}

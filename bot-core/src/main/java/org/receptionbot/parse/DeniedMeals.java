package org.receptionbot.parse;

import java.util.List;

/**
 * "不是晚饭不吃 是宵夜不吃", "不是午饭取消 是晚饭": a meal said right after 不是, with 是 and another meal
 * after it on the line, is the reading the sender denies; its mention is taken out so that only the meal
 * meant is read.
 */
final class DeniedMeals {
    /** How far after the denied meal the right one may come. */
    private static final int REACH = 12;

    private DeniedMeals() {}

    static void apply(String text, List<Mention> mentions) {
        if (!text.contains("不是")) return;
        mentions.removeIf(m -> m instanceof Mention.Meals && denied(text, m, mentions));
    }

    private static boolean denied(String text, Mention meal, List<Mention> mentions) {
        int at = meal.start();
        if (at < 2 || !text.startsWith("不是", at - 2)) return false;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Meals) || m.start() <= meal.end() || m.start() > meal.end() + REACH) continue;
            String between = text.substring(meal.end(), m.start());
            if (between.indexOf('\n') >= 0) return false;
            // 不是晚饭不吃 是宵夜不吃: 是 opens the right one (a space or a comma may stand before it).
            if (between.endsWith("是") && !between.endsWith("不是")) return true;
        }
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * "不是晚饭不吃 是宵夜不吃", "不是午饭取消 是晚饭": a meal said right after 不是, with 是 and another meal
 * after it on the line, is the reading the sender denies; so is one after 不是 ending the statement when a meal said
 * with 是 comes before it ("是晚上少2个 不是中午"). Its mention is taken out so that only the meal meant is read.
 */
final class DeniedMeals {
    /** How far after the denied meal the right one may come. */
    private static final int REACH = 12;

    private DeniedMeals() {}

    static void apply(String text, List<Mention> mentions) {
        if (!text.contains("不是")) return;
        mentions.removeIf(m -> m instanceof Mention.Meals && denied(text, m, mentions)
                || m instanceof Mention.Part && deniedPart(text, m, mentions));
    }

    private static boolean denied(String text, Mention meal, List<Mention> mentions) {
        int at = meal.start();
        if (at < 2 || !text.startsWith("不是", at - 2)) return false;
        if (affirmedBefore(text, meal, mentions)) return true;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Meals) || m.start() <= meal.end() || m.start() > meal.end() + REACH) continue;
            String between = text.substring(meal.end(), m.start());
            if (between.indexOf('\n') >= 0) return false;
            // 不是晚饭不吃 是宵夜不吃: 是 opens the right one (a space or a comma may stand before it).
            if (between.endsWith("是") && !between.endsWith("不是")) return true;
        }
        return false;
    }

    /** "是晚上少2个 不是中午": a part of the day denied so, after the meal meant. */
    private static boolean deniedPart(String text, Mention part, List<Mention> mentions) {
        int at = part.start();
        return at >= 2 && text.startsWith("不是", at - 2) && affirmedBefore(text, part, mentions);
    }

    /**
     * "是晚上少2个 不是中午": the meal after 不是 ends its statement, and a meal said with 是 before it on the line is the
     * one meant.
     */
    private static boolean affirmedBefore(String text, Mention meal, List<Mention> mentions) {
        int end = meal.end();
        while (end < text.length() && "了的啊哈呀".indexOf(text.charAt(end)) >= 0) end++;
        if (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) return false;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Meals || m instanceof Mention.Part) || m.end() > meal.start() - 2) continue;
            if (meal.start() - m.end() > REACH
                    || text.substring(m.end(), meal.start()).indexOf('\n') >= 0) continue;
            if (m.start() >= 1
                    && text.charAt(m.start() - 1) == '是'
                    && !(m.start() >= 2 && text.charAt(m.start() - 2) == '不')) return true;
        }
        return false;
    }
}

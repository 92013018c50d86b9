package org.receptionbot.parse;

/**
 * "早饭要提前 6点40能吃上吗", "早餐能不能提前到6点半", "晚饭能晚点开吗": a meal asked to be served earlier or
 * later (for the whole delegation or for some of its people), asked (能, 可以, 吗), is a request to the caterer, a meal
 * matter; said as a plan (早饭要提前, beside a movement) it is the report, not a request. It changes
 * no meal's figure.
 */
final class MealTimeAsked {
    private static final String[] MEALS = {"早饭", "早餐", "午饭", "午餐", "中饭", "中餐", "晚饭", "晚餐", "宵夜", "夜宵", "开饭"};
    private static final String[] MOVED = {"提前", "推迟", "延后", "往前", "早点", "早一点", "早些", "晚点", "晚一点", "晚些"};
    /** What may stand between the meal and the move: 早饭要提前, 早餐能不能提前, 晚饭可以晚点. */
    private static final int WITHIN = 6;

    private static final String[] ASKING = {"能", "可以", "可否", "希望", "麻烦", "行吗", "吗"};

    private MealTimeAsked() {}

    static boolean test(Clause c) {
        String words = c.span();
        if (words.indexOf('提') < 0
                && words.indexOf('推') < 0
                && words.indexOf('延') < 0
                && words.indexOf('点') < 0
                && words.indexOf('前') < 0
                && words.indexOf('些') < 0) return false;
        boolean moved = false;
        for (String meal : MEALS) {
            for (int at = words.indexOf(meal); at >= 0 && !moved; at = words.indexOf(meal, at + 1)) {
                int from = at + meal.length();
                String after = words.substring(from, Math.min(words.length(), from + WITHIN));
                for (String m : MOVED) moved |= after.contains(m) && !after.contains("报");
            }
        }
        if (!moved) return false;
        if (c.question) return true;
        for (String a : ASKING) if (words.contains(a)) return true;
        return false;
    }
}

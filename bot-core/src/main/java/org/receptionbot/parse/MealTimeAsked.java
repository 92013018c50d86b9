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
        int moved = -1;
        for (String meal : MEALS) {
            for (int at = words.indexOf(meal); at >= 0 && moved < 0; at = words.indexOf(meal, at + 1)) {
                int from = at + meal.length();
                String after = words.substring(from, Math.min(words.length(), from + WITHIN));
                if (after.contains("报")) continue;
                for (String m : MOVED) if (after.contains(m)) moved = from + after.indexOf(m);
            }
        }
        if (moved < 0) return false;
        if (c.question) return true;
        for (String a : ASKING) if (words.contains(a)) return true;
        return softened(words, moved);
    }

    /** Particles that soften a request said at the end of its statement: 提前到6点半吧, 晚点开哈, 推迟到7点呗. */
    private static final String SOFTENERS = "吧呗哈啊呀嘛";

    /**
     * Whether a softening particle ends a statement after the move ({@code from}): "早饭提前到6点半吧 7点半要到赛场"
     * asks as "能不能提前" does; a particle before the move (哈 早饭提前了) softens nothing of it.
     */
    private static boolean softened(String words, int from) {
        for (int i = from + 1; i < words.length(); i++) {
            if (SOFTENERS.indexOf(words.charAt(i)) < 0) continue;
            int next = i + 1;
            while (next < words.length() && SOFTENERS.indexOf(words.charAt(next)) >= 0) next++;
            if (next == words.length()
                    || Clause.SEPARATORS.indexOf(words.charAt(next)) >= 0
                    || Character.isWhitespace(words.charAt(next))) return true;
        }
        return false;
    }
}

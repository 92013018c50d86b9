package org.receptionbot.parse;

import java.util.List;

/**
 * A message about a meal gone wrong that no rule could read: a meal or its food named ("餐", "菜", "清真", "早餐"),
 * then a want or a fault ("清真餐今天还是没有", "没位置了 还要等多久", "菜里有猪油", "说好的青稞饼怎么没有"). It is asked
 * about (没能看懂) rather than left silent. Said as settled, fixed or a notice it asks nothing.
 */
final class MealTroubleUnread {

    private MealTroubleUnread() {}

    /** Whether a statement of {@code clauses} reports a meal's trouble, its meal named at or before it. */
    static boolean said(List<Clause> clauses) {
        for (Clause c : clauses) if (c.has(Cue.RESOLVED) || has(c, DONE)) return false;
        boolean meal = false;
        for (Clause c : clauses) {
            meal |= named(c);
            if (meal && trouble(c) && !c.has(Cue.NOTICE) && !c.has(Cue.TALK)) return true;
        }
        return false;
    }

    private static boolean named(Clause c) {
        return !c.all(Mention.Meals.class).isEmpty()
                || c.has(Cue.TOPIC_MEAL)
                || c.has(Cue.MEAL_PROBLEM)
                || has(c, FOOD);
    }

    /**
     * A want or a fault of the meal; a special diet counts when it is said missing or needed (a question about it,
     * 清真窗口在几号门, asks for information only).
     */
    private static boolean trouble(Clause c) {
        if (has(c, TROUBLE)) return true;
        return c.has(Cue.MEAL_PROBLEM) && !c.question && has(c, WANTING);
    }

    private static boolean has(Clause c, String[] words) {
        String s = c.span();
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    private static final String[] FOOD = {"餐", "菜", "饭"};
    private static final String[] TROUBLE = {"没位置", "没有位置", "没座", "坐满了", "等多久", "还是没有", "怎么没有", "猪油", "说好的"};
    private static final String[] WANTING = {"没有", "还是没", "需要", "有猪", "说了两次"};
    private static final String[] DONE = {"解决", "没事了", "好了", "已经安排", "安排好"};
}

package org.receptionbot.parse;

/**
 * "晚饭肯定吃不上了", "今晚晚宴吃不上了", "早饭没吃上 没事": people who miss a meal by their own timing (a late train, an
 * early start) report a meal missed, no meal problem: nobody is asked to act. Food run short (菜没了, 饭不够, 只剩面条),
 * food asked for (能不能留点, 还有吃的吗) or a question in the message leave it the problem it is; 没吃上 (did not get
 * it) is missed only when the sender says it is fine (没事, 不用了).
 */
final class MissedMeal {
    /** Food run short, said anywhere in the message. */
    private static final String[] SHORT = {
        "没了", "不够", "只剩", "就剩", "光了", "拿完", "没有了", "没剩", "少了", "没饭", "没菜", "太少", "抢完", "吃完了"
    };
    /** Food asked for or asked about. */
    private static final String[] ASKED = {
        "能不能", "可不可以", "可以吗", "行吗", "还有吗", "还有没有", "有没有", "麻烦", "帮忙留", "帮我们留", "留点", "留一下", "留些", "留份", "留几份", "留饭",
        "送点", "送些", "加点", "怎么办", "咋整", "咋办", "?", "？"
    };
    /** The sender says the missed meal is fine. */
    private static final String[] FINE = {"没事", "没关系", "不要紧", "不用了", "算了", "无所谓"};

    private MissedMeal() {}

    /** Whether the clause's meal problem is only a meal missed, in {@code message} (the whole text). */
    static boolean only(Clause c, String message) {
        int at = c.at(Cue.MEAL_PROBLEM);
        if (at < 0 || c.question || c.has(Cue.REQUEST) || c.has(Cue.NEED)) return false;
        boolean cannot = c.text.startsWith("吃不上", at);
        boolean didNot = c.text.startsWith("没吃上", at);
        if (!cannot && !didNot) return false;
        // 吃不上 said once, no other meal problem in the clause (清真, 不够吃).
        if (c.span().replaceFirst(cannot ? "吃不上" : "没吃上", "").contains("吃不上")) return false;
        String m = Normalizer.normalize(message);
        if (any(m, SHORT) || any(m.replace("不用留", "").replace("别留", "").replace("不要留", ""), ASKED)) return false;
        return cannot || any(m, FINE);
    }

    private static boolean any(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}

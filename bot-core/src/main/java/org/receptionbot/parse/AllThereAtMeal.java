package org.receptionbot.parse;

/**
 * "广西厅12人 中午都吃 晚上也都在", "湖南中午7人 晚上都在": with another meal said in the message, a meal's part of the
 * day right before 都在/全在 (past 也/就/还) and nothing after but marks: all of them are there for that meal, as
 * planned (no figure of its own; a figure said for the other meal stays that meal's). A place or an activity after
 * 都在 (晚上都在外面, 都在酒店, 都在开会) is no such word, nor is a question (晚上都在吗).
 */
final class AllThereAtMeal {
    /** Everyone there, longest first. */
    private static final String[] ALL_THERE = {"全都在", "全部在", "都在", "全在"};

    private AllThereAtMeal() {}

    /** The part of the day that names the meal everyone is there for, or null. */
    static Mention.Part meal(Clause c) {
        if (c.question
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return null;
        for (String w : ALL_THERE) {
            int at = c.text.indexOf(w, c.start);
            if (at < 0 || at + w.length() > c.end) continue;
            return ComingToEat.everyone(c, at, at + w.length());
        }
        return null;
    }
}

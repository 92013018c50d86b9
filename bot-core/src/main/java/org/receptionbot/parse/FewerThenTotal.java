package org.receptionbot.parse;

import java.util.List;

/**
 * "早餐少2个哈 53", "中午少3个 47", "晚上少两个，一共32人": a decrease, then the total it leaves. The total
 * is the figure the sender settles on: the meal's count, absolute, and the decrease only its reason. A
 * decrease taken back (少了2个 哦 是3个) is no decrease, and a figure no bigger than the decrease is none.
 */
final class FewerThenTotal {
    /** What may stand between the decrease and the total (哈, 一共, 那就是). */
    private static final String BETWEEN = "个人位名份哈哦噢啊吧呀了啦嘛 ,，一共总就是那剩还报现在";
    /** What may follow the total up to the clause's end. */
    private static final String AFTER = "个人位名份哈哦噢啊吧呀了啦嘛 ,，。.!！🙏";

    private FewerThenTotal() {}

    /** The total said after the decrease at {@code verbAt}, or null. */
    static Integer total(Clause c, int verbAt, List<Mention.Count> counts) {
        Mention.Count decrease = null;
        int i = 0;
        for (; i < counts.size(); i++)
            if (counts.get(i).start() >= verbAt) {
                decrease = counts.get(i);
                break;
            }
        if (decrease == null || i != counts.size() - 2) return null;
        Mention.Count total = counts.get(i + 1);
        if (total.value() <= decrease.value() || SelfCorrection.wrong(c, decrease)) return null;
        if (!only(c.text, decrease.end(), total.start(), BETWEEN)) return null;
        return only(c.text, total.end(), c.end, AFTER) ? total.value() : null;
    }

    /**
     * "中午少3个 47", "晚上少两个，32人": a clause that is only a figure, after a statement of fewer diners,
     * is the total they leave. The decrease gives way to the meal's count; whether the clause was taken so.
     */
    static boolean follows(Clause c, List<String> meant, MealRules meals, ClauseState state, Drafts drafts) {
        List<Draft> last = drafts.lastStatement();
        if (last.isEmpty() || !meant.isEmpty() || !c.teams().isEmpty() || c.question) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || !c.bareWith(BETWEEN)) return false;
        int n = counts.get(0).value();
        for (Draft d : last)
            if (d.kind != Draft.Kind.MEAL_CANCEL || d.meal == null || d.count == null || d.count >= n) return false;
        if (!fewerBefore(c)) return false;
        List<String> ms = new java.util.ArrayList<>();
        for (Draft d : drafts.dropLastStatement()) if (!ms.contains(d.meal)) ms.add(d.meal);
        meals.place(c, new MealReading(ms, Draft.Kind.MEAL_COUNT, n, false), state, drafts);
        return true;
    }

    /** Whether the words right before the clause say fewer (少, 减), not a cancellation (取消8人). */
    private static boolean fewerBefore(Clause c) {
        String before = c.text.substring(Math.max(0, c.start - 12), c.start);
        return before.contains("少") || before.contains("减");
    }

    private static boolean only(String text, int from, int to, String allowed) {
        for (int k = from; k < to; k++) if (allowed.indexOf(text.charAt(k)) < 0) return false;
        return true;
    }
}

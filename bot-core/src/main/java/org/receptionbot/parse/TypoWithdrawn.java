package org.receptionbot.parse;

import java.util.List;

/**
 * "中午那个6是打错了哈", "早上报的那个5写错了", "午饭报的3是手误": a figure said before and now called a typo, with
 * no figure in its place, leaves that meal's figure unknown: it is asked for (a meal draft with no count), the
 * rest of the message read as usual.
 */
final class TypoWithdrawn {
    private static final String[] TYPO = {"打错", "写错", "手误", "输错", "敲错", "按错", "填错", "报错了", "笔误"};
    /** Words that point back at a figure said before (那个6, 报的5). */
    private static final String[] POINTED = {"那个", "报的", "写的", "发的", "的"};

    private TypoWithdrawn() {}

    /** Places the meal whose figure is withdrawn as a typo, to ask its figure; whether the clause was one. */
    static boolean take(Clause c, List<String> meals, ClauseState state, Drafts drafts, MealRules rules) {
        if (meals.isEmpty() || c.question) return false;
        Mention.Count old = withdrawn(c);
        if (old == null || c.all(Mention.Count.class).size() != 1) return false;
        rules.place(c, new MealReading(meals, Draft.Kind.MEAL_COUNT, null, false), state, drafts);
        return true;
    }

    /**
     * "江西晚餐32 刚才中午那个2是打错的": a report, then past a space the typo said of another figure: two statements;
     * where the second starts, or -1.
     */
    static int split(Clause c) {
        Mention.Count old = withdrawn(c);
        if (old == null) return -1;
        int space = c.text.lastIndexOf(' ', old.start());
        if (space <= c.start) return -1;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= space) return space + 1;
        return -1;
    }

    /** The figure the clause calls a typo (那个6是打错了), said with nothing in its place after it; or null. */
    private static Mention.Count withdrawn(Clause c) {
        String s = c.span();
        if (s.indexOf('错') < 0 && s.indexOf('误') < 0) return null;
        int typo = -1;
        for (String w : TYPO) {
            int at = s.indexOf(w);
            if (at >= 0 && (typo < 0 || at < typo)) typo = at;
        }
        if (typo < 0) return null;
        Mention.Count old = null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.end() - c.start <= typo) old = n;
            else return null;
        }
        if (old == null) return null;
        int from = old.start() - c.start;
        String between = s.substring(old.end() - c.start, typo);
        if (!between.isEmpty() && !between.equals("是") && !between.equals("那个是")) return null;
        String before = s.substring(Math.max(0, from - 3), from);
        for (String w : POINTED) if (before.endsWith(w)) return old;
        return null;
    }
}

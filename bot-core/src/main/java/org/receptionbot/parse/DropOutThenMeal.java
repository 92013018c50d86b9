package org.receptionbot.parse;

import java.util.List;

/**
 * "大连住建局下午不去考察了 晚饭在山庄吃3人", "我们厅百色去不了了 中午还是5个": a drop-out from the visits said whole
 * (its drop-out word last, with at most a particle after it), then past a space a meal of its own: two statements,
 * the drop-out and the meal. The drop-out is from a visit (考察, a route); not going to something else
 * (开幕式不去了 晚饭不吃), or a meal already named before the space, is not this.
 */
final class DropOutThenMeal {
    /** Words of dropping out, said last before the space (去不 is 去不了 with its particles taken off). */
    private static final String[] DROP_OUT = {"不去", "去不", "不参加", "不考察"};
    /** Words of a site visit. */
    private static final String[] VISIT = {"考察", "参观", "调研", "观摩"};
    /** Particles after the verb that say nothing more. */
    private static final String TRAILING = "了啦哈啊呀吧";

    private DropOutThenMeal() {}

    /** Whether the space at {@code at} ends a drop-out said since {@code from} and opens a meal's statement. */
    static boolean opens(String text, int from, int at, List<Mention> mentions) {
        String said = text.substring(from, at);
        if (!(visitSaid(said) || StatementSpans.routeBetween(from, at, mentions))
                || !endsDroppingOut(text, from, at, mentions)) return false;
        int next = at + 1;
        while (next < text.length() && Clause.SEPARATORS.indexOf(text.charAt(next)) < 0) next++;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at && m instanceof Mention.Meals) return false;
            meal |= m.start() > at && m.end() <= next && m instanceof Mention.Meals;
        }
        return meal;
    }

    /** The drop-out word last (不去了, 去不了了), or before the visit or route it drops (不去考察了, 不去北海了). */
    private static boolean endsDroppingOut(String text, int from, int at, List<Mention> mentions) {
        int end = at;
        while (end > from && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
        for (String w : VISIT) if (text.startsWith(w, end - w.length()) && end - w.length() >= from) end -= w.length();
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.end() == end && m.start() >= from) end = m.start();
        String bare = text.substring(from, end);
        for (String w : DROP_OUT) if (bare.endsWith(w)) return true;
        return false;
    }

    private static boolean visitSaid(String said) {
        for (String w : VISIT) if (said.contains(w)) return true;
        return false;
    }
}

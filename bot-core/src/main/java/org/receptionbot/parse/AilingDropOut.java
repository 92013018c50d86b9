package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One person of a route's group said to be unwell, and in the clause right after said not to go ("福建北海线有个同志身体不舒服
 * 下午不去了"): the problem stays a problem, and the drop-out that follows, which names no route, leaves the route of
 * the clause before with that one person. With no drop-out after ("北海线有个同志身体不舒服 麻烦送点药") nothing is held.
 */
final class AilingDropOut {
    private AilingDropOut() {}

    /** Holds the person unwell on {@code route} for the drop-out said in the clause after, if one is said there. */
    static void hold(Clause c, Mention.Route route, List<String> who, VisitOldPlans plans) {
        if (who.size() != 1 || who.get(0) == null) return;
        if (!VisitDropWords.dropsNext(c.text, c.end)
                || !NOT_GOING.matcher(next(c)).find()) return;
        plans.hold(who.get(0), route.id(), 1);
    }

    /** The clause after ends in not going ("下午不去了", "考察去不了了"); "不去医院了" is no drop-out of the route. */
    private static final Pattern NOT_GOING = Pattern.compile("(不去|去不了|去不成|不参加|参加不了)(考察|了)*[了哈啊呀吧]*$");

    private static String next(Clause c) {
        int end = Math.min(c.end + 1, c.text.length());
        while (end < c.text.length() && STOPS.indexOf(c.text.charAt(end)) < 0) end++;
        return c.text.substring(Math.min(c.end, c.text.length()), end).strip();
    }

    private static final String STOPS = ",，。;；!！?？\n";
}

package org.receptionbot.parse;

import java.util.List;

/**
 * "有一个同志明天开完会直接走 不去考察了", "陕西有2个同志会后直接去机场了 不去柳州了": people leaving, their verb said
 * last, then past a space their drop-out from the visit: two statements, the departure and the drop-out (which takes
 * its figure, {@link VisitDropOutLeavers#leaversDropOut}). A route named before the space leaves it to the visit
 * rules.
 */
final class LeavingThenDropOut {
    /** How the leaving ends the stretch before the space: the verb, or the terminal gone to. */
    private static final String[] ENDS = {"走", "去机场", "去车站", "去高铁站", "去火车站", "去动车站", "赶飞机", "赶高铁", "赶火车"};
    /** Particles after the verb that say nothing more. */
    private static final String TRAILING = "了啦哈啊呀";

    private LeavingThenDropOut() {}

    /**
     * Whether the stretch from {@code from} to the space at {@code at} ends with people leaving and the one after it,
     * up to {@code next}, is a drop-out from the visit (不去考察了, 不去柳州了, 柳州不去了).
     */
    static boolean at(String text, int from, int at, int next, List<Mention> mentions) {
        int end = at;
        while (end > from && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
        boolean leaves = false;
        for (String w : ENDS) leaves |= end - w.length() >= from && text.startsWith(w, end - w.length());
        if (!leaves || text.substring(from, end).contains("不")) return false;
        // 柳州线那2个吃完饭就走 不去北海了: a route's group named before is read by the visit rules.
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() >= from && m.end() <= at) return false;
        return VisitTurnChanges.droppedOut(text, at + 1, VisitTurnChanges.routeCut(text, mentions, at + 1, next));
    }
}

package org.receptionbot.parse;

/**
 * "重庆明天有10个人先回去 … 剩下的34个按原计划走", "其他人还是按原来的安排走": after part of a delegation moved,
 * the rest (剩下的, 其余的) said to move as planned is no change, and no record: the plan stands for them.
 */
final class RestAsPlanned {
    /** Words of the old plan kept, besides the cue words of "as planned" (还是原来的时间到). */
    private static final String[] KEPT = {"原来的", "原定的", "原计划", "原先的", "之前定的", "原来那"};

    private RestAsPlanned() {}

    /** Whether {@code c} says the rest move as planned, right after a movement of the same message. */
    static boolean test(Clause c, Draft last) {
        if (last == null || !last.isMovement() || !c.has(Cue.REST) || c.question) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Meals.class).isEmpty()
                // 剩下31个中午照常吃: the rest's meal, read by the meal rules
                || !c.all(Mention.Part.class).isEmpty()
                || c.has(Cue.EAT)) return false;
        if (c.has(Cue.AS_PLANNED)) return true;
        int from = c.endOf(Cue.REST);
        for (String w : KEPT) {
            int at = c.text.indexOf(w, from);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }
}

package org.receptionbot.parse;

/**
 * A movement at a clock time of today said as done ("29人 3点40到的站", "河北7点半已走", "宁夏的车8点13走的"), reported
 * after it happened; the callers check that the time is past. {@link MovedNow} reads movements said with no time.
 */
final class MovedAtClock {
    private MovedAtClock() {}

    /** "29人 3点40到的站", "下午2点已经到了": an arrival at a clock time, said as done (到的, 到了, 已到, 刚到). */
    static boolean arrivedAt(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        int end = c.endOf(Cue.ARRIVE);
        char before = verb > c.start ? c.text.charAt(verb - 1) : ' ';
        char after = end < c.end ? c.text.charAt(end) : ' ';
        return before == '已' || before == '刚' || after == '了' || after == '的';
    }

    /**
     * "宁夏早上8点已经走了哈 忘了说", "河北7点半已走": a departure at a clock time of today, said as done (已经走了, 已走),
     * reported late; the caller checks that the time is past.
     */
    static boolean leftAt(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb < 0
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || c.question) return false;
        int end = c.endOf(Cue.DEPART);
        String before = c.text.substring(Math.max(c.start, verb - 2), verb);
        // 我们11点就走了 is the plan of a day said before; 已经走了 is done.
        boolean done = before.endsWith("已") || before.equals("已经");
        // The clock time comes before the verb: the time of leaving, not of something after it.
        return done && c.all(Mention.Clock.class).get(0).end() <= verb;
    }

    /** Before the verb, words that make a clock time a plan (7点就走了, 8点要走了), not a departure done. */
    private static final String PLANNED = "就要才再得会准备打算";

    /**
     * "江西的车早上6点05开走了", "宁夏的车8点13走的": a departure at a clock time, the verb said done by 了 or 的 after
     * it (7点就走了 is a plan); the caller checks that the time is past and that no other day was said.
     */
    static boolean leftAtSaidDone(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb <= c.start
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || c.question) return false;
        int end = c.endOf(Cue.DEPART);
        char after = end < c.end ? c.text.charAt(end) : ' ';
        boolean done = after == '了' || after == '的' || c.text.charAt(end - 1) == '了';
        boolean planned = PLANNED.indexOf(c.text.charAt(verb - 1)) >= 0;
        return done
                && !planned
                && !MovedNow.contains(c, "从")
                && c.all(Mention.Clock.class).get(0).end() <= verb;
    }
}

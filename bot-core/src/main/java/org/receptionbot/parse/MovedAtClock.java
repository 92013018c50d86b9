package org.receptionbot.parse;

/**
 * A movement at a clock time of today said as done ("29人 3点40到的站", "河北7点半已走", "宁夏的车8点13走的"), reported
 * after it happened; the callers check that the time is past. {@link MovedNow} reads movements said with no time.
 */
final class MovedAtClock {
    private MovedAtClock() {}

    /**
     * "29人 3点40到的站", "下午2点已经到了": an arrival at a clock time, said as done (到的, 到了, 已到, 刚到). The verb
     * judged is the clock's: one said after the clock when there is one ("落地了 大概9点到山庄" is the landing done, the
     * coming at 9 still ahead).
     */
    static boolean arrivedAt(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        int end = c.endOf(Cue.ARRIVE);
        Mention.Clock clock = c.all(Mention.Clock.class).get(0);
        Clause clocked = verb < clock.start() && estimated(c, clock) ? c.tail(clock.end()) : null;
        if (clocked != null && clocked.at(Cue.ARRIVE) >= 0) {
            verb = clocked.at(Cue.ARRIVE);
            end = clocked.endOf(Cue.ARRIVE);
        }
        char before = verb > c.start ? c.text.charAt(verb - 1) : ' ';
        char after = end < c.end ? c.text.charAt(end) : ' ';
        return before == '已'
                || before == '刚'
                || after == '了'
                || after == '的'
                || atTheDesk(c, verb)
                || alreadyAt(c, clock);
    }

    /** "广东厅8人已于18:40到达山庄", "北京团已于14:26准点抵达": 已于 (already, at) before the clock says it done. */
    private static boolean alreadyAt(Clause c, Mention.Clock clock) {
        // 已于下午5点: the half of the day may stand between
        return c.text.substring(Math.max(c.start, clock.start() - 5), clock.start())
                .contains("已于");
    }

    /** Words of a time still estimated, right before the clock or after it (大概9点, 9点左右, 9点能到). */
    private static final String[] ESTIMATE = {"大概", "大约", "预计", "估计", "应该", "差不多", "左右", "能", "要", "会"};

    /** "落地了 大概9点到山庄": the clock said as an estimate, its own verb still ahead (not "到了 21:45落地"). */
    private static boolean estimated(Clause c, Mention.Clock clock) {
        String near = c.text.substring(Math.max(c.start, clock.start() - 3), Math.min(c.end, clock.end() + 3));
        for (String w : ESTIMATE) if (near.contains(w)) return true;
        return false;
    }

    /** Where the registration desk speaks for itself at the head of the message ("报到处：", "报到处这边"). */
    private static final java.util.regex.Pattern DESK = java.util.regex.Pattern.compile("^\\s*报到(?:处|台|组)");

    /**
     * "报到处：甘肃4人 青海3人 11点10分报到 已领卡": the registration desk reports who registered at a clock time; a
     * registration it reports has happened (the callers check that the time is past).
     */
    private static boolean atTheDesk(Clause c, int verb) {
        return c.text.startsWith("报到", verb)
                && !c.question
                && DESK.matcher(c.text).find();
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

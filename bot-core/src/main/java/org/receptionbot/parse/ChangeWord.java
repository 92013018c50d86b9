package org.receptionbot.parse;

/** Where a clause's new plan starts, after the plan it replaces ("原来7点到 现在晚上十点半"). */
final class ChangeWord {
    private ChangeWord() {}

    /**
     * Where the new plan of {@code c} starts: its change word (提前到, 改为), past a time missed ({@link DeniedTime}), or
     * 现在/目前 after 本来/原来 ("原来7点到 现在晚上十点半"); -1 when none.
     */
    static int at(Clause c) {
        if (c.has(Cue.CHANGE)) return c.at(Cue.CHANGE);
        // 两点二十到不了 要三点四十: the time after the one missed.
        int missed = DeniedTime.after(c);
        if (missed > 0) return missed;
        int now = c.at(Cue.ONGOING);
        if (!c.has(Cue.PLANNED) || now < c.at(Cue.PLANNED)) return -1;
        return c.text.startsWith("现在", now) || c.text.startsWith("目前", now) ? now : -1;
    }
}

package org.receptionbot.parse;

/** How a movement is said: late, with its new time, or to everyone rather than by a delegation. */
final class MovementTalk {

    private MovementTalk() {}

    /**
     * "飞机晚点了 本来11点落地 现在说是下午两点半", "火车晚点 原来7点到 现在改成晚上十点半": a train or a
     * flight late, with the new time of the movement, is that movement at the new time, no problem to act
     * on; so is a late train the people have just come in on ("现在才到 车晚点了三个多小时"). A vehicle of the
     * event late stays a problem, and so does anything else wrong said beside it.
     */
    static boolean delayed(Clause c) {
        if (!c.all(Mention.Vehicle.class).isEmpty()) return false;
        boolean over = cameInLate(c);
        if (!over
                && (MovementWords.kind(c) == null
                        || c.current(Mention.Clock.class).isEmpty())) return false;
        if (!over && c.changeAt() < 0 && c.all(Mention.Transport.class).isEmpty()) return false;
        for (Cue other : new Cue[] {
            Cue.BROKEN,
            Cue.HEALTH,
            Cue.HYGIENE,
            Cue.MEAL_PROBLEM,
            Cue.OTHER_PROBLEM,
            Cue.REQUEST,
            Cue.MISSING,
            Cue.UNREACHABLE
        }) if (c.has(other)) return false;
        return true;
    }

    /** "陕西团现在才到 33人 车晚点了三个多小时": the lateness of people the message says are in at last; it is over. */
    private static boolean cameInLate(Clause c) {
        int late = c.text.indexOf("晚点", c.start);
        if (late < 0 || late >= c.end) return false;
        String s = c.text;
        return s.contains("才到") || s.contains("终于到") || s.contains("刚到") || s.contains("已经到");
    }

    /** Words by which a coordinator speaks to everyone (各位, 大家, 统一, 所有车辆), or gives the shuttles' timetable (送机安排, 发车). */
    private static final String[] EVERYONE = {
        "各位", "大家", "统一", "所有", "全体", "一律", "汇总", "送机安排", "送站安排", "接机安排", "接站安排", "发车", "班车"
    };

    /**
     * "各位 礼拜天统一退房", "明天大家早点到大堂", "所有车辆今天下午统一回公司", "明天返程送机安排：7点半、9点半":
     * a movement said to everyone, or a timetable of the shuttles, naming no delegation, is a notice, no one's movement.
     */
    static boolean toEveryone(Clause c) {
        for (String w : EVERYONE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }
}

package org.receptionbot.parse;

/**
 * "有比赛的先走了", "打比赛的队员已经出发了", "上场的几个先过去了": people named by their part in the games, leaving first,
 * are off to compete: they stay at the event and no departure is recorded. A day, a train or flight, a terminal or a
 * way home said with it ("有比赛的明天走", "比赛完的坐G1234回去") is a trip away, left to the departure rules.
 */
final class CompetingLeavers {
    /** People named by what they do at the games. */
    private static final String[] COMPETING = {"比赛的", "参赛的", "上场的", "有项目的", "训练的", "热身的"};

    /** Said right before such a name, people with nothing to do at the games (没比赛的 may go home). */
    private static final String NONE = "没无不";

    /** Words of a trip away, back home or from the event. */
    private static final String[] AWAY = {"回", "返", "离", "机场", "车站", "高铁", "火车", "飞机", "航班", "家", "退房"};

    private CompetingLeavers() {}

    /** Whether the leaving {@code c} says is of people named by their part in the games, with no trip away. */
    static boolean said(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb <= c.start
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        String span = c.span();
        for (String w : AWAY) if (span.contains(w)) return false;
        String before = c.text.substring(c.start, verb);
        for (String w : COMPETING) {
            int at = before.indexOf(w);
            if (at > 0 && NONE.indexOf(before.charAt(at - 1)) >= 0) return false;
            if (at >= 0) return true;
        }
        return false;
    }
}

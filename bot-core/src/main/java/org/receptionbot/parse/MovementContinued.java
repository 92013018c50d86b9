package org.receptionbot.parse;

import java.util.List;

/** Whether a clause goes on with the last movement (its second verb, time or people) rather than starting another. */
final class MovementContinued {

    private MovementContinued() {}

    /** 出发去机场，乘MU2418离开: a second verb of the same movement, with no day or time of its own, completes it. */
    static boolean test(Clause c, Draft.Kind move, Draft last) {
        return test(c, move, last, false);
    }

    /** As {@link #test(Clause, Draft.Kind, Draft)}; {@code partIsMeal}: 中午45个吃完再走, the part of the day names the meal. */
    static boolean test(Clause c, Draft.Kind move, Draft last, boolean partIsMeal) {
        if (last == null || last.kind != move) return false;
        // 江西有2个人不跟大部队走了 | 下午走: the leaving said after people going apart from the main group is theirs.
        if (MainGroup.theirLeaving(c, last)) return true;
        // 3个领队刚到酒店，其余的人下午5点到: the rest, or another batch, is a movement of its own.
        if (c.has(Cue.REST) || c.has(Cue.BATCH)) return false;
        // 内蒙45人明天到 CA1239 | 明天中午12点05落地: the movement's own day said again is no other movement (another
        // train or flight that day is: 53人乘MU5828 另2人 | 改乘今晚8点的G1718).
        for (Mention.Day d : c.all(Mention.Day.class)) if (!d.date().equals(last.date)) return false;
        String ticket = Figures.transport(c);
        if (!c.all(Mention.Day.class).isEmpty() && ticket != null && !ticket.equals(last.transport)) return false;
        // 今天下午乘CA1283到，预计2点40落地: a clock time for a movement that had none completes it.
        // 周六回去 下午三点 G1566 36人全部走: a time and a figure for one that had neither complete it too.
        if (!c.all(Mention.Clock.class).isEmpty()
                && (last.time != null || Figures.people(c) != null && last.count != null)) return false;
        if (!partIsMeal
                && !c.all(Mention.Part.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()) return false;
        List<String> t = c.teams();
        if (!t.isEmpty() && !t.contains(last.team)) return false;
        // 改成下午2点05的CZ6104 还是24个人 中午饭24人 吃完再走: the same people said again leave with it.
        Integer n = Figures.people(c);
        return last.count == null || n == null || n.equals(last.count);
    }
}

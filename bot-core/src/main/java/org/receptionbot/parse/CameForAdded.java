package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * "厦门晚宴加一个人 我们局长临时过来了", "大连北海线再加1个 我们局长刚到", "加1间房 厅里临时多派了一位同志过来": the people who
 * came, said right after a meal, a route or a room added for them, are whom the addition is for. With no day, time,
 * part of the day, ticket or place of their own ("两个领导刚到酒店" arrives), the clause reports no arrival.
 */
final class CameForAdded {
    /** What may follow the arriving verb: the end of the clause, 了, or the addition being in time (赶上了). */
    private static final String[] TAIL = {"", "了", "赶上了", "了 赶上了"};

    private CameForAdded() {}

    static boolean test(Clause c, Draft last) {
        if (last == null || !added(last) || c.question) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Team.class).isEmpty()) return false;
        int end = c.endOf(Cue.ARRIVE);
        if (end < 0) return false;
        String rest = c.text.substring(end, c.end).strip();
        for (String t : TAIL) if (rest.equals(t)) return true;
        return false;
    }

    /** A meal added to, a route joined, or a room asked added. */
    private static boolean added(Draft d) {
        return d.kind == Draft.Kind.MEAL_ADD
                || d.kind == Draft.Kind.VISIT_CHANGE && d.to != null && d.count != null && d.count > 0
                || d.kind == Draft.Kind.ISSUE
                        && d.category == IssueCategory.ROOM
                        && d.statement != null
                        && d.statement.contains("加");
    }
}

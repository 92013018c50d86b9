package org.receptionbot.parse;

import java.util.List;

/**
 * "(北海线加一个人) 黑龙江厅的 上午漏报了", "(北海线再加1人，)服务中心小李临时跟车", "(百色线再加1位) 是甘肃的小马 临时定的": a
 * clause that opens with one delegation (after 是), then maybe 的 and the person, and says nothing of its own (no
 * figure, route, drop-out, switch, movement, meal or problem) names whose the change before was. A delegation with a
 * figure or a statement of its own (湖南厅那边少一个, 湖南厅3人坐5号车) is a statement, never the owner.
 */
final class VisitOwnerOpening {
    private VisitOwnerOpening() {}

    /** What may follow a delegation's name as its own word before 的 (黑龙江厅的, 住建局的). */
    private static final String OWN = "厅局委部团队";

    /** Whether {@code c} opens with its one delegation and the person, and says nothing else of its own. */
    static boolean said(Clause c) {
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (teams.size() != 1 || c.question || !c.all(Mention.Count.class).isEmpty()) return false;
        if (!c.all(Mention.Route.class).isEmpty()
                || !c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        if (VisitDropWords.drop(c) != null
                || VisitSwitchWords.switching(c) != null
                || c.movement() != null
                || c.has(Cue.PROBLEM)
                || c.has(Cue.FEWER)
                || c.has(Cue.CANCEL)) return false;
        int at = c.start;
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        if (at < c.end && c.text.charAt(at) == '是') at++;
        Mention.Team team = teams.get(0);
        if (team.start() != at) return false;
        int end = team.end();
        // 黑龙江厅的, 发改委那边的: the delegation's own word and 的 after its name.
        while (end < c.end && end < team.end() + 3 && OWN.indexOf(c.text.charAt(end)) >= 0) end++;
        if (end < c.end && c.text.charAt(end) == '的') end++;
        if (end >= c.end || c.text.charAt(end) == ' ') return true;
        List<int[]> persons = VisitPersons.spans(c, end, c.end);
        return !persons.isEmpty() && persons.get(0)[0] == end;
    }
}

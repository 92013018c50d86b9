package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;
import org.receptionbot.message.Gap;

/**
 * The statement after a correction word ("湖北明天上午走 不对 | 今天下午5点 乘G1124"): its day, time, train
 * and people replace those of the movement just read; a correction that gives nothing to replace them
 * with ("明天下午3点到 不对") leaves the movement to ask about, not to record as first said.
 */
final class CorrectedMovement {

    private CorrectedMovement() {}

    /** Whether {@code c}, said right after a correction, gave the last movement its corrected slots. */
    static boolean amends(Clause c, Drafts drafts) {
        Draft last = drafts.last();
        if (last == null || !last.isMovement()) return false;
        List<String> teams = c.teams();
        if (!teams.isEmpty() && !teams.contains(last.team)) return false;
        Draft.Kind verb = MovementRules.kind(c);
        if (verb != null && verb != last.kind) {
            // 明天上午到 不对 | 是明天上午走: the other movement, said in full, replaces the first.
            drafts.dropLastStatement();
            return false;
        }
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalTime time = Figures.time(c);
        String transport = Figures.transport(c);
        Integer people = Figures.people(c);
        if (days.isEmpty() && time == null && transport == null) return false;
        for (Draft d : drafts.lastStatement()) {
            if (!days.isEmpty()) d.date = days.get(0).date();
            if (time != null) d.time = time;
            if (transport != null) d.transport = transport;
            if (people != null) d.count = people;
            if (d.missing == Gap.Field.DATE && d.date != null) d.missing = null;
        }
        return true;
    }

    /** At the end of the message, a correction still waiting for what it corrects: the movement is asked about. */
    static void unresolved(List<Clause> clauses, Drafts drafts) {
        Draft last = drafts.last();
        if (clauses.isEmpty() || last == null || !last.isMovement()) return;
        Clause c = clauses.get(clauses.size() - 1);
        if (!c.has(Cue.CORRECTION)
                || !c.text.substring(c.endOf(Cue.CORRECTION), c.end)
                        .replace("了", "")
                        .isBlank()) return;
        for (Draft d : drafts.lastStatement()) d.missing = Gap.Field.UNCLEAR;
    }
}

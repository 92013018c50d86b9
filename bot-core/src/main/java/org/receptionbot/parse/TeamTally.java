package org.receptionbot.parse;

import java.util.List;

/**
 * "今天一共到了8个团", "还有两个团没报晚饭 默认照常", "最后一个团也送走了": a coordinator counting
 * delegations, naming none of them, speaks of the event as a whole; it reports for no delegation (a
 * problem said beside it is still an issue).
 */
final class TeamTally {
    /** What a count of delegations says after its numeral. */
    private static final String[] GROUPS = {"个团", "个代表团", "个代表队", "个队", "支队", "团"};

    private static final String NUMERALS = "0123456789零一二两三四五六七八九十几多";

    private TeamTally() {}

    /** Whether a coordinator's message counts delegations and names none, nor a vehicle. */
    static boolean general(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null) return false;
        // No count of delegations, no tally, whatever the clauses say: the problem check below is never needed.
        boolean any = false;
        for (int i = 0, n = clauses.size(); i < n && !any; i++) any = counts(clauses.get(i));
        if (!any) return false;
        boolean counted = false;
        for (Clause c : clauses) {
            if (!c.teams().isEmpty() || !c.all(Mention.Vehicle.class).isEmpty()) return false;
            // 饭快不够了 还有三个团没来: a problem said beside the count is still one.
            if (IssueRules.category(c, false) != null) return false;
            counted |= counts(c);
        }
        return counted;
    }

    /** Whether the clause has a numeral of delegations (8个团, 两个团, 几个团, 一个代表团; not 队员). */
    static boolean counts(Clause c) {
        for (int i = Math.max(c.start, 1); i < c.end; i++) {
            if (NUMERALS.indexOf(c.text.charAt(i - 1)) < 0) continue;
            for (String g : GROUPS) {
                int end = i + g.length();
                if (end > c.end || !c.text.startsWith(g, i)) continue;
                if (end < c.text.length() && "员长".indexOf(c.text.charAt(end)) >= 0) continue;
                return true;
            }
        }
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * "5号楼：河北厅还有一张房卡未归还 请联络员核实一下", "重庆团208房间满地垃圾 没法打扫 请联络员提醒一下": a hotel or
 * a service reports a problem of a named delegation, then asks its liaison to see to it. The liaison asked
 * (请联络员…) is no notice to everyone there: the problem before it is the report.
 */
final class LiaisonAsked {

    private LiaisonAsked() {}

    /** Whether the clause's notice word asks the liaison about a problem of a delegation said before it in the clause. */
    static boolean inClause(Clause c) {
        int at = asked(c);
        return at > c.start && problemOfTeam(c.head(at));
    }

    /** Whether clause {@code i} asks the liaison about a problem of a delegation said in it or in the clause before. */
    static boolean about(List<Clause> clauses, int i) {
        Clause c = clauses.get(i);
        if (inClause(c)) return true;
        return asked(c) == c.start && i > 0 && problemOfTeam(clauses.get(i - 1));
    }

    /** Where the clause's notice word asks a liaison (请联络员, 请辽宁联络员), or -1. */
    private static int asked(Clause c) {
        int at = c.at(Cue.NOTICE);
        if (at < 0 || !c.text.startsWith(Lexicon.PLEASE, at)) return -1;
        return c.text.substring(at, c.endOf(Cue.NOTICE)).contains(Lexicon.LIAISON) ? at : -1;
    }

    private static boolean problemOfTeam(Clause c) {
        return !c.teams().isEmpty() && IssueRules.category(c, false) != null;
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * "有两位临时不去了，一个湖南的，一个江西的": a visit statement for people of no delegation said, then each
 * part's delegation in a clause of its own (一个湖南的). Each part takes its figure out of the statement,
 * in order; what no part has claimed stays without a delegation (the bot asks).
 */
final class VisitOwnerParts {
    private VisitOwnerParts() {}

    /** Whether the clause names the delegation of a part of the last visit statement, and gives it. */
    static boolean claim(Clause c, Reading reading, Drafts drafts) {
        Draft d = drafts.last();
        if (d == null || d.team != null || d.missing != Gap.Field.DELEGATION || d.count == null) return false;
        if (d.kind != Draft.Kind.VISIT && d.kind != Draft.Kind.VISIT_CHANGE) return false;
        List<Mention.Team> teams = c.all(Mention.Team.class);
        List<Mention.Count> figures = c.all(Mention.Count.class);
        if (c.question
                || teams.size() != 1
                || figures.size() != 1
                || !c.all(Mention.Route.class).isEmpty()) return false;
        Mention.Count n = figures.get(0);
        Mention.Team t = teams.get(0);
        // 一个湖南的, 一位是江西的: the figure, then the delegation and 的, nothing else.
        if (!n.unit() || n.end() > t.start() || !c.text.startsWith("的", t.end())) return false;
        if (!c.text.substring(n.end(), t.start()).strip().replace("是", "").isEmpty() || !c.bareWith("是的")) return false;
        int k = n.value();
        if (k > d.count) return false;
        int rest = d.count - k;
        d.team = t.id();
        d.count = k;
        d.missing = null;
        if (rest == 0) return true;
        Draft left = drafts.add(d.kind, c, reading.original());
        left.count = rest;
        left.route = d.route;
        left.from = d.from;
        left.to = d.to;
        left.missing = Gap.Field.DELEGATION;
        return true;
    }
}

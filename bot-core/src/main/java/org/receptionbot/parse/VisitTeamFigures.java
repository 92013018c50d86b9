package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Several delegations, each with its own figure, in one visit statement: "大连3人和厦门2人都从北海换到百色"
 * (each delegation takes the figure right after it), "大连3人 厦门2人 都从北海换到百色" (the delegations
 * with their figures said alone before, joined by 都 to the statement that follows).
 */
final class VisitTeamFigures {
    record TeamFigure(String team, int figure) {}

    /** Delegations with a figure, each said alone in the clauses right before this one. */
    private final List<TeamFigure> waiting = new ArrayList<>();

    private List<TeamFigure> before = List.of();

    /** Moves on to the clause: remembers it when it is only a delegation and its figure (大连3人). */
    void next(Clause c) {
        before = List.copyOf(waiting);
        List<TeamFigure> own = own(c);
        if (own.size() == 1 && c.all(Mention.Route.class).isEmpty() && c.bareWith("的")) waiting.add(own.get(0));
        else waiting.clear();
    }

    /** "发改委2位 | 下午去百色线": the figure of the one delegation said alone in the clause before, when it is {@code who}'s; or null. */
    Integer saidBefore(List<String> who) {
        if (before.size() != 1 || who.size() != 1 || !before.get(0).team().equals(who.get(0))) return null;
        return before.get(0).figure();
    }

    /**
     * Gives the drafts the clause placed from {@code from} on each delegation's own figure, and with 都
     * adds the delegations said with their figures in the clauses before.
     */
    void spread(Clause c, Drafts drafts, int from, String original) {
        List<Draft> placed = drafts.since(from);
        if (placed.isEmpty()) return;
        List<TeamFigure> own = own(c);
        if (own.isEmpty()) own = ownBefore(c);
        // 北海线再加两个：江苏1个、住建部1个: the figure before the colon is the sum; each delegation has its own.
        if (own.size() > 1 || own.size() == 1 && listedAfterSum(c))
            for (Draft d : placed) for (TeamFigure t : own) if (t.team().equals(d.team)) d.count = t.figure();
        if (before.isEmpty() || !says(c, '都')) return;
        Draft first = placed.get(0);
        if (first.kind != Draft.Kind.VISIT_CHANGE && first.kind != Draft.Kind.VISIT) return;
        // 深圳两位、厦门一位，都从柳州线调到北海线: a clause naming no one is about the last said, with its figure.
        if (own.isEmpty() && placed.size() == 1 && first.count == null) {
            TeamFigure last = before.get(before.size() - 1);
            if (!last.team().equals(first.team)) return;
            first.count = last.figure();
        } else if (placed.size() != own.size()) return;
        for (TeamFigure t : before) {
            if (placed.stream().anyMatch(d -> t.team().equals(d.team))) continue;
            Draft d = drafts.add(first.kind, c, original);
            d.team = t.team();
            d.count = t.figure();
            d.route = first.route;
            d.from = first.from;
            d.to = first.to;
            d.missing = first.missing;
        }
    }

    /** "一个是江苏的一个是福建的", "一位天津的一位四川的": each delegation after its own figure, then 的; empty unless every one has one. */
    private static List<TeamFigure> ownBefore(Clause c) {
        List<TeamFigure> out = new ArrayList<>();
        List<Mention> ms = c.mentions;
        for (int i = 0; i < ms.size(); i++) {
            if (!(ms.get(i) instanceof Mention.Team t)) continue;
            Mention prev = i > 0 ? ms.get(i - 1) : null;
            String between =
                    prev == null ? "" : c.text.substring(prev.end(), t.start()).strip();
            if (!(prev instanceof Mention.Count n)
                    || !n.unit()
                    || !between.isEmpty() && !between.equals("是")
                    || !c.text.startsWith("的", t.end())) return List.of();
            out.add(new TeamFigure(t.id(), n.value()));
        }
        return out;
    }

    /** Each delegation named with a figure right after it (大连3人、厦门2人, 水利部的2位); empty unless every one has one. */
    private static List<TeamFigure> own(Clause c) {
        List<TeamFigure> out = new ArrayList<>();
        List<Mention> ms = c.mentions;
        for (int i = 0; i < ms.size(); i++) {
            if (!(ms.get(i) instanceof Mention.Team t)) continue;
            Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
            if (!(next instanceof Mention.Count n)
                    || !n.unit()
                    || !isBlankOrDe(c.text.substring(t.end(), n.start()).strip())) return List.of();
            out.add(new TeamFigure(t.id(), n.value()));
        }
        return out;
    }

    /** Whether a figure comes before a colon and every delegation after it (再加两个：江苏1个). */
    private static boolean listedAfterSum(Clause c) {
        int colon = -1;
        for (int i = c.start; i < c.end && colon < 0; i++)
            if (c.text.charAt(i) == ':' || c.text.charAt(i) == '：') colon = i;
        if (colon < 0) return false;
        boolean sum = false;
        for (Mention m : c.mentions) {
            if (m.start() < colon && m instanceof Mention.Count) sum = true;
            if (m.start() < colon && m instanceof Mention.Team) return false;
        }
        return sum;
    }

    private static boolean isBlankOrDe(String gap) {
        return gap.isEmpty() || gap.equals("的");
    }

    private static boolean says(Clause c, char ch) {
        int at = c.text.indexOf(ch, c.start);
        return at >= 0 && at < c.end;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * Some of a route's people, said as the group first and what some of them do next: "百色那4个 有1个说不去了",
 * "云南北海线那6个 有2个换去柳州", "柳州4个里头有一个 呃 改去百色". The group's figure names the people who
 * were on the route, no new figure: the statement is a change of the part, from that route.
 */
final class VisitSubsets {
    /** Words right after the group's figure that pick some of it (4个里头有一个). */
    private static final String[] WITHIN = {"里面", "里头", "当中", "之中", "中间", "里边", "里"};
    /** Words that open the clause of the part (有1个, 其中1个, 临时两个). */
    private static final String[] PART = {"有", "其中", "里面", "里头", "当中", "中间", "临时", "突然"};

    private VisitSubsets() {}

    /** The part of the group {@code group} (the clause before, {@code before}) that the clause is about; or null. */
    static Integer part(Clause before, List<Draft> group, Clause c) {
        if (before == null || group.isEmpty() || c.question) return null;
        // 有一个可能去不了 明天再确认: a part not yet decided changes nothing.
        if (c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED)) return null;
        Draft g = group.get(0);
        if (g.route == null) return null;
        for (Draft d : group)
            if (d.kind != Draft.Kind.VISIT || d.count == null || !g.route.equals(d.route) || !d.count.equals(g.count))
                return null;
        // 柳州那3个里有1个想去北海: some of one route's group going to another route switch to it.
        boolean toOther = VisitJoinWords.joins(c) && !c.all(Mention.Route.class).isEmpty();
        if (VisitDropWords.drop(c) == null && VisitSwitchWords.switching(c) == null && !toOther) return null;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.id().equals(g.route)) return null;
        for (String t : c.teams()) if (group.stream().noneMatch(d -> t.equals(d.team))) return null;
        Mention.Count figure = groupFigure(before, g.count);
        if (figure == null) return null;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        Integer inBefore = GroupParts.partOf(before);
        if (counts.isEmpty()) return inBefore != null ? inBefore : named(before, figure, g.count, c);
        if (counts.size() != 1 || counts.get(0).value() >= g.count) return null;
        return picks(before, figure) || opensWithPart(c) ? counts.get(0).value() : null;
    }

    /**
     * "内蒙古5人 北海线去四个 有一个同志明天有事不去": the delegation's figure said before the route's, and the people who do
     * not go making up the difference, are the ones left out of the route's figure, no change of it.
     */
    static boolean remainder(Clause before, List<Draft> group, Clause c) {
        if (before == null || group.size() != 1 || c.question || c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED))
            return false;
        Draft g = group.get(0);
        if (g.kind != Draft.Kind.VISIT || g.route == null || g.count == null) return false;
        if (VisitDropWords.drop(c) == null || VisitSwitchWords.switching(c) != null) return false;
        if (!c.all(Mention.Route.class).isEmpty()
                || !c.teams().isEmpty() && !c.teams().contains(g.team)) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        int part = counts.size() == 1 ? counts.get(0).value() : counts.isEmpty() ? OnePerson.described(c) : 0;
        if (part <= 0) return false;
        Mention.Count figure = groupFigure(before, g.count);
        if (figure == null) return false;
        for (Mention.Count n : before.all(Mention.Count.class))
            if (n.end() <= figure.start() && n.value() == g.count + part) return true;
        return false;
    }

    /** The sign-ups placed from {@code from} on, of a part of the group on route {@code left}, become its switch. */
    static void switchPart(Drafts drafts, int from, String left) {
        List<Draft> placed = drafts.since(from);
        if (placed.isEmpty() || placed.stream().anyMatch(d -> d.kind != Draft.Kind.VISIT || left.equals(d.route)))
            return;
        drafts.dropIf(placed::contains);
        for (Draft d : placed) {
            Draft change = drafts.addAs(Draft.Kind.VISIT_CHANGE, d);
            change.from = left;
            change.to = d.route;
        }
    }

    /**
     * "湖北柳州线6个人 其中何处改去北海线", "柳州线6个 里面有个同志不去了": people named one by one (or one described)
     * in a clause that picks them out of the group (其中, 里面, 有) are its part, fewer than the group; or null.
     */
    private static Integer named(Clause before, Mention.Count figure, int group, Clause c) {
        if (!picks(before, figure) && !opensWithPart(c)) return null;
        int named = VisitPersons.named(c);
        return named > 0 && named < group ? named : null;
    }

    private static Mention.Count groupFigure(Clause before, int count) {
        Mention.Count found = null;
        for (Mention.Count n : before.all(Mention.Count.class)) if (n.value() == count && found == null) found = n;
        return found;
    }

    /** 那4个, 的四个里面: the figure is said as a group. */
    private static boolean picks(Clause before, Mention.Count figure) {
        int b = figure.start();
        if (b > before.start && "那的".indexOf(before.text.charAt(b - 1)) >= 0) return true;
        int e = figure.end();
        while (e < before.end && before.text.charAt(e) == ' ') e++;
        for (String w : WITHIN) if (before.text.startsWith(w, e) && e + w.length() <= before.end) return true;
        return false;
    }

    private static boolean opensWithPart(Clause c) {
        int s = c.start;
        while (s < c.end && " ,，、嗯呃哦".indexOf(c.text.charAt(s)) >= 0) s++;
        for (String w : PART) if (c.text.startsWith(w, s)) return true;
        return false;
    }
}

package org.receptionbot.parse;

import java.util.List;

/**
 * A switch between routes said with the route left beside the one joined: "改坐柳州的车去柳州 不去北海了"
 * (the route dropped is the one left), "发改委两位改去北海 原来是百色" (the old plan's route, after the
 * switch), "原来报的柳州线 现在要跟百色组走", "本来是北海的 就让他跟着去百色吧" (the old plan's route, then
 * another route joined, with no switching word).
 */
final class VisitSwitches {
    /**
     * @param switching where the switch is said (for a switch with no word, right after the route left)
     * @param left the route people leave, or null when the clause does not name it beside the switch
     */
    record Move(VisitWords.Word switching, Mention.Route left) {}

    private VisitSwitches() {}

    /** The switch the clause says, or null (no switch, or a drop-out with no route joined). */
    static Move of(Clause c, VisitWords.Word switching, VisitWords.Word drop) {
        Mention.Route old = VisitOldWords.oldRoute(c);
        VisitMovedFrom.Found moved = VisitMovedFrom.of(c);
        if (moved != null && moved.word().equals(switching)) {
            // 想去柳州 从北海换过去: the route gone to before the route left is the one joined.
            Mention.Route before = VisitMovedFrom.joinedBefore(c, moved);
            VisitWords.Word at = before == null ? switching : new VisitWords.Word(before.start(), before.start());
            return new Move(at, moved.left());
        }
        if (switching != null && drop != null && drop.at() >= switching.end()) {
            // 全部改为不参加考察: a switch to dropping out is a drop-out.
            Mention.Route dropped = droppedRoute(c, drop);
            return dropped != null && joined(c, switching.end(), dropped) != null ? new Move(switching, dropped) : null;
        }
        if (switching != null) return new Move(switching, old);
        if (drop != null) return dropThenJoin(c, drop);
        if (old == null) return fromRouteHere(c);
        Mention.Route to = joined(c, old.end(), old);
        return to == null || !goingTo(c, to) ? null : new Move(new VisitWords.Word(old.end(), old.end()), old);
    }

    /**
     * "他不去百色了 去北海", "说他们要去柳州 不去北海了": a route dropped, another joined before or after
     * it with a going word; or null.
     */
    private static Move dropThenJoin(Clause c, VisitWords.Word drop) {
        Mention.Route dropped = droppedRoute(c, drop);
        if (dropped == null) return null;
        Mention.Route after = joined(c, dropped.end(), dropped);
        if (after != null && (goingTo(c, after) || backTo(c, after)))
            return new Move(new VisitWords.Word(dropped.end(), dropped.end()), dropped);
        Mention.Route before = null;
        for (Mention.Route r : c.all(Mention.Route.class))
            if (r.end() <= drop.at() && !r.id().equals(dropped.id())) before = r;
        if (before == null || !goingTo(c, before) && !backTo(c, before)) return null;
        return new Move(new VisitWords.Word(before.start(), before.start()), dropped);
    }

    /**
     * The route a drop-out word leaves: right after it ("不去北海了"), else right before it, the people
     * dropping out between at most ("北海不去了", "北海线那两个不去了", "北海那个何处下午不去了": one person named and
     * the day or its half); or null.
     */
    static Mention.Route droppedRoute(Clause c, VisitWords.Word drop) {
        Mention.Route after = VisitWords.routeAfter(c, drop.end());
        if (after != null) return after;
        Mention.Route before = null;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() <= drop.at()) before = r;
        if (before == null || drop.at() - before.end() > 8) return null;
        List<int[]> persons = VisitPersons.spans(c, before.end(), drop.at());
        if (persons.size() > 1) return null;
        int outside = 0;
        for (int i = before.end(); i < drop.at(); i++) {
            if (VisitWords.insideMention(c, i, i + 1) || inside(persons, i)) continue;
            if (BEFORE_DROP.indexOf(c.text.charAt(i)) < 0) return null;
            outside++;
        }
        if (outside > 6) return null;
        for (Mention m : c.mentions)
            if (m.start() >= before.end() && m.end() <= drop.at() && !WHO_OR_WHEN.contains(m.getClass())) return null;
        return before;
    }

    /** The mentions that may stand between a route and its drop-out word: the people's figure, the day, its half. */
    private static final List<Class<?>> WHO_OR_WHEN =
            List.of(Mention.Count.class, Mention.Day.class, Mention.Part.class);

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) if (at >= s[0] && at < s[1]) return true;
        return false;
    }

    /** What may stand between a route and the drop-out word after it (北海线那边就不去了, 北海的俩人都不去了). */
    private static final String BEFORE_DROP = " 线组那这边里就也都还暂先的个人位名他她们说";

    /**
     * "柳州线这边湖北有2个人说要去北海": people said to be on a route (这边, 上, 的 right after it), then going to
     * another with a going word: a switch from the first; or null.
     */
    private static Move fromRouteHere(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.size() != 2 || routes.get(0).id().equals(routes.get(1).id())) return null;
        Mention.Route here = routes.get(0);
        Mention.Route to = routes.get(1);
        // 去北海的4人 去百色的3人: each route's own people, no switch.
        if (!goingTo(c, to) || goingTo(c, here)) return null;
        boolean between = false;
        for (Mention.Count n : c.all(Mention.Count.class)) between |= n.start() > here.end() && n.end() <= to.start();
        if (!between) return null;
        boolean said = false;
        for (String w : HERE) said |= c.text.startsWith(w, here.end());
        return said ? new Move(new VisitWords.Word(to.start(), to.start()), here) : null;
    }

    /** What right after a route says people are on it now (柳州线这边, 北海线上的). */
    private static final String[] HERE = {"这边", "那边", "这里", "那里", "上", "的", "里"};

    /** "跟百色组走", "跟着去百色", "随北海线": a joining word right before the route (原来报的百色2人北海3人 has none). */
    static boolean goingTo(Clause c, Mention.Route to) {
        int i = to.start() - 1;
        if (i > c.start && c.text.charAt(i) == '着') i--;
        return i >= c.start && "去跟随".indexOf(c.text.charAt(i)) >= 0;
    }

    /** "不去北海了 还是回柳州线": back to the route of the plan before, beside a route dropped. */
    static boolean backTo(Clause c, Mention.Route to) {
        int i = to.start() - 1;
        return i >= c.start && c.text.charAt(i) == '回';
    }

    /** The first route named at or after {@code at} that is not {@code left}; or null. */
    static Mention.Route joined(Clause c, int at, Mention.Route left) {
        for (Mention.Route r : c.all(Mention.Route.class))
            if (r.start() >= at && (left == null || !r.id().equals(left.id()))) return r;
        return null;
    }

    /** "从百色调过来的" after a change with no route left: that route is the one left. */
    static boolean fromClause(Clause c, List<Mention.Route> routes, Drafts drafts) {
        Draft last = drafts.last();
        if (routes.size() != 1 || last == null) return false;
        Mention.Route r = routes.get(0);
        if (last.kind != Draft.Kind.VISIT_CHANGE) return false;
        if (last.from != null || last.to == null || last.to.equals(r.id())) return false;
        if (r.start() == 0 || c.text.charAt(r.start() - 1) != '从' || !c.teams().isEmpty()) return false;
        for (Draft d : drafts.lastStatement()) d.from = r.id();
        return true;
    }
}

package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "湖北柳州线有2个上午回武汉了 现在4个", "河南百色线6个 有一个身体不舒服不去了 5个": after people leave a route
 * or drop out of it, a figure said alone (现在, 目前, 一共 before it at most) is the route's figure now: a
 * VISIT of the route named last in the message, replacing the route's earlier figure and change.
 */
final class RouteFigureNow {
    private static final String[] LEADS = {"现在是", "现在", "目前", "还剩", "剩下", "剩", "一共", "总共", "所以", "那就", "就"};
    private static final String PAUSES = " ,，。了啊哈吧";
    private static final String UNITS = "人个位名";

    /** The one route the message named last, before the clause now read. */
    private String lastRoute;
    /** Whether the clause before changed who goes (a drop-out, people added or leaving). */
    private boolean changedBefore;

    /** Takes the clause's routes and change for the clauses after it; the figure now, or null. */
    Integer next(Clause c, List<Mention.Route> routes) {
        Integer now = changedBefore && lastRoute != null && routes.isEmpty() ? figure(c) : null;
        if (routes.size() == 1) lastRoute = routes.get(0).id();
        else if (routes.size() > 1) lastRoute = null;
        changedBefore = VisitWords.drop(c) != null
                || c.has(Cue.ADD)
                || c.has(Cue.FEWER)
                || c.has(Cue.DEPART) && !c.all(Mention.Count.class).isEmpty();
        return now;
    }

    String route() {
        return lastRoute;
    }

    /** Whether {@code x} is an earlier figure or change of the delegation on the route {@code now} gives anew. */
    static boolean replaced(Draft x, Draft now) {
        return x != now
                && (x.kind == Draft.Kind.VISIT || x.kind == Draft.Kind.VISIT_CHANGE)
                && Objects.equals(x.team, now.team)
                && (Objects.equals(x.route, now.route)
                        || Objects.equals(x.from, now.route)
                        || Objects.equals(x.to, now.route));
    }

    /** A clause of only a lead word and a figure of people. */
    private static Integer figure(Clause c) {
        if (c.question || !c.teams().isEmpty() || c.mentions.size() != 1) return null;
        if (!(c.mentions.get(0) instanceof Mention.Count n)) return null;
        int i = skip(c, c.start);
        // 现在还剩2个: two lead words at most.
        for (int k = 0; k < 2; k++)
            for (String w : LEADS)
                if (c.text.startsWith(w, i)) {
                    i = skip(c, i + w.length());
                    break;
                }
        if (i != n.start()) return null;
        i = n.end();
        while (i < c.end && (UNITS.indexOf(c.text.charAt(i)) >= 0 || PAUSES.indexOf(c.text.charAt(i)) >= 0)) i++;
        return i == c.end ? n.value() : null;
    }

    private static int skip(Clause c, int from) {
        int i = from;
        while (i < c.end && PAUSES.indexOf(c.text.charAt(i)) >= 0) i++;
        return i;
    }
}

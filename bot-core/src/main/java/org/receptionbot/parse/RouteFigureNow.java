package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "湖北柳州线有2个上午回武汉了 现在4个", "河南百色线6个 有一个身体不舒服不去了 5个", "处长不去了，改成5个人",
 * "就4个人去了": after people leave a route, drop out of it or switch, a figure said alone (现在, 目前, 一共,
 * 改成 before it at most, 去了 after it) is the route's figure now: a VISIT of the route named last in the
 * message, replacing the route's earlier figure and drop-outs. "从百色换到柳州 百色那边就剩4个": a route named
 * with what is left of it is that route's figure now; the switch stays, for the route it joins.
 */
final class RouteFigureNow {
    private static final String[] LEADS = {
        "现在是", "现在", "还是", "目前", "还剩", "剩下", "剩", "一共", "总共", "所以", "那就", "就", "改成", "改为", "变成", "调成", "调整为"
    };
    /** What may stand after the figure: the people going (就4个人去了). */
    private static final String[] TAILS = {"去了", "去", "参加"};
    /** Words of what is left, which a route named before the figure must be said with (百色那边就剩4个). */
    private static final String[] LEFT = {"剩"};
    /** What may stand between a route named first and its lead word (百色那边, 那柳州). */
    private static final String ROUTE_FILLER = "那这边里线的";

    /** Words taking a figure back, which may stand before the figure now. */
    private static final String[] WITHDRAWN = {"撤掉", "撤了", "撤下", "撤回"};

    private static final String PAUSES = " ,，。了啊哈吧";
    private static final String UNITS = "人个位名";

    /** The one route the message named last, before the clause now read. */
    private String lastRoute;
    /** Whether the clause before changed who goes (a drop-out, people added or leaving). */
    private boolean changedBefore;

    /** Takes the clause's routes and change for the clauses after it; the figure now, or null. */
    Integer next(Clause c, List<Mention.Route> routes) {
        // 柳州线报多了一个 撤掉 还是4个: a bare word taking the figure back keeps the change before it.
        if (changedBefore && c.mentions.isEmpty() && withdrawn(c)) return null;
        Integer now = changedBefore && lastRoute != null && routes.isEmpty() ? figure(c, c.start, false) : null;
        if (changedBefore && routes.size() == 1 && routes.get(0).start() == skip(c, c.start, "那")) {
            now = figure(c, skip(c, routes.get(0).end(), ROUTE_FILLER), true);
            if (now != null) lastRoute = routes.get(0).id();
            return now;
        }
        if (routes.size() == 1) lastRoute = routes.get(0).id();
        else if (routes.size() > 1) lastRoute = null;
        changedBefore = VisitDropWords.drop(c) != null
                || c.has(Cue.ADD)
                || c.has(Cue.FEWER)
                || VisitSwitchWords.switching(c) != null
                || RouteOverReported.at(c) >= 0
                || c.has(Cue.DEPART) && !c.all(Mention.Count.class).isEmpty();
        return now;
    }

    private static boolean withdrawn(Clause c) {
        int i = c.text.indexOf('撤', c.start);
        return i >= 0 && i < c.end && c.end - c.start <= 4;
    }

    String route() {
        return lastRoute;
    }

    /** Whether {@code x} is an earlier figure or change of the delegation on the route {@code now} gives anew. */
    static boolean replaced(Draft x, Draft now) {
        return x != now
                && (x.kind == Draft.Kind.VISIT || x.kind == Draft.Kind.VISIT_CHANGE)
                && Objects.equals(x.team, now.team)
                && !(x.kind == Draft.Kind.VISIT_CHANGE && x.to != null && !Objects.equals(x.to, now.route))
                && (Objects.equals(x.route, now.route)
                        || Objects.equals(x.from, now.route)
                        || Objects.equals(x.to, now.route));
    }

    /**
     * A clause of only a lead word and a figure of people from {@code from} (the route named before it the
     * only other mention, when {@code routeFirst}, and a word of what is left said then).
     */
    private static Integer figure(Clause c, int from, boolean routeFirst) {
        if (c.question || !c.teams().isEmpty() || c.mentions.size() != (routeFirst ? 2 : 1)) return null;
        if (!(c.mentions.get(c.mentions.size() - 1) instanceof Mention.Count n)) return null;
        int i = skip(c, from);
        // (柳州线报多了一个) 撤掉 还是4个: the taking back said before the figure now.
        for (String w : WITHDRAWN)
            if (c.text.startsWith(w, i)) {
                i = skip(c, i + w.length());
                break;
            }
        int leads = i;
        // 现在还剩2个: two lead words at most.
        for (int k = 0; k < 2; k++)
            for (String w : LEADS)
                if (c.text.startsWith(w, i)) {
                    i = skip(c, i + w.length());
                    break;
                }
        if (i != n.start()) return null;
        if (routeFirst && !said(c.text.substring(leads, i), LEFT)) return null;
        i = n.end();
        while (i < c.end && (UNITS.indexOf(c.text.charAt(i)) >= 0 || PAUSES.indexOf(c.text.charAt(i)) >= 0)) i++;
        for (String w : TAILS)
            if (c.text.startsWith(w, i)) {
                i = skip(c, i + w.length());
                break;
            }
        return i == c.end ? n.value() : null;
    }

    private static boolean said(String words, String[] any) {
        for (String w : any) if (words.contains(w)) return true;
        return false;
    }

    private static int skip(Clause c, int from) {
        return skip(c, from, "");
    }

    private static int skip(Clause c, int from, String also) {
        int i = from;
        while (i < c.end && (PAUSES.indexOf(c.text.charAt(i)) >= 0 || also.indexOf(c.text.charAt(i)) >= 0)) i++;
        return i;
    }
}

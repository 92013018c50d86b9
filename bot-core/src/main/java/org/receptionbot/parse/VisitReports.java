package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * The people of a delegation on a route, an absolute figure (VISIT): "北海线3人", "湖北 柳州线6人",
 * "全团都去北海" (the whole delegation, count null), "北海3人柳州2人" (one per route), "发改委2位 下午去百色线"
 * (the figure said alone just before). A person named
 * going (李处也去北海) is one more on the route; a visit with no route is asked.
 */
final class VisitReports {
    private final Reading reading;
    private final Clause c;
    private final ClauseState state;
    private final VisitChanges changes;

    VisitReports(Reading reading, Clause c, ClauseState state, Drafts drafts) {
        this.reading = reading;
        this.c = c;
        this.state = state;
        this.changes = new VisitChanges(reading, c, state, drafts, 0);
    }

    /**
     * The report, when the clause is one. A figure on a route from someone of no delegation who
     * names none ("北海线目前78人", "北海线共45人") is the route's total, no delegation's: nothing.
     */
    boolean report(List<Mention.Route> routes, Integer saidBefore) {
        if (reading.who(c, state).contains(null)) return false;
        if (routes.isEmpty()) return everyRoute() || routeless();
        if (routes.size() > 1) return perRoute(routes) || adjacent();
        String route = routes.get(0).id();
        // 河南厅7人 百色线6个: the delegation's size first, then the route with its own figure right after it.
        Integer n = sizeFirst(routes.get(0)) ? rightAfter(routes.get(0)) : null;
        if (n == null) n = GroupParts.goingOf(c);
        if (n == null) n = Figures.people(c);
        if (n == null) n = Figures.count(c, -1, false);
        if (n == null) n = rightAfter(routes.get(0));
        // 发改委2位 下午去百色线: going to the route, with the delegation's figure said just before.
        if (n == null && c.all(Mention.Count.class).isEmpty() && VisitSwitches.goingTo(c, routes.get(0)))
            n = saidBefore;
        Integer figure = n;
        // 财政部2人明天加入北海线, 一个处长定了 去柳州: people joining now are more on the route, not its figure.
        if (figure != null && VisitJoiners.joining(c))
            return changes.each(Draft.Kind.VISIT_CHANGE, d -> VisitChanges.change(d, figure, null, route));
        if (figure != null) return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, figure));
        // 明天考察全团北海: the whole delegation with a word of the visits and the route, nothing else, goes.
        boolean whole = VisitJoinWords.whole(c) && (VisitJoinWords.joins(c) || c.bareWith("全团员部体厅整考察参观"));
        if (whole) return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, null));
        // 北海线去的人员不变: as planned, nothing to record and nothing to ask.
        if (!VisitJoinWords.joins(c) || c.has(Cue.AS_PLANNED)) return false;
        // 柳州看完去柳州站: the route's visit done, where they go after it is no one joining it.
        if (VisitWords.doneAt(c, routes.get(0))) return false;
        int named = VisitPersons.persons(c);
        if (named > 0) return changes.join(routes.get(0));
        if (c.teams().isEmpty() && !says(c, "我们")) return false;
        return changes.each(Draft.Kind.VISIT, d -> {
            VisitChanges.visit(d, route, null);
            if (d.missing == null) d.missing = Gap.Field.COUNT;
        });
    }

    /**
     * "目前北海线报了一百二十多人 车坐得下": a route's rough total said for no delegation, with no change,
     * is talk about the route (the caller knows no delegation is named or sending).
     */
    private static final String[] ROUGH_TOTAL = {"总共大概", "一共大概", "总共约", "一共约", "总共差不多", "一共差不多", "加起来大概"};

    /** 北海线…总共大概一百一十人: a rough total of a line or the event, for no delegation, reports nothing. */
    static boolean roughTotal(Clause c) {
        String s = c.span();
        for (String w : ROUGH_TOTAL) if (s.contains(w)) return true;
        return false;
    }

    static boolean vagueTotal(Clause c) {
        if (c.all(Mention.Route.class).isEmpty() || c.all(Mention.Vague.class).isEmpty()) return false;
        if (!c.all(Mention.Count.class).isEmpty()
                || !c.all(Mention.Vehicle.class).isEmpty()) return false;
        return !c.has(Cue.ADD)
                && !c.has(Cue.FEWER)
                && !c.has(Cue.CANCEL)
                && VisitDropWords.drop(c) == null
                && VisitSwitchWords.switching(c) == null;
    }

    /** "考察：百色3", "北海仨": a bare figure right after the route, spaces aside, is the route's figure. */
    private boolean sizeFirst(Mention.Route r) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= r.start() && n.unit()) return true;
        return false;
    }

    private Integer rightAfter(Mention.Route r) {
        return VisitFigures.after(c, r);
    }

    /** "3人柳州 2人北海", "北海仨 柳州俩": each route with the figure beside it. */
    private boolean adjacent() {
        // 3个去柳州还是3个去北海 还没定, 3个去北海 3个去柳州行不行: a choice asked or not made yet.
        if (c.has(Cue.UNDECIDED) || c.has(Cue.QUESTION) || c.question || says(c, "还是") || says(c, "行不行")) return false;
        java.util.Map<String, Integer> plan = VisitFigures.of(c, c.start);
        if (plan.size() < 2) return false;
        plan.forEach((route, figure) -> changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, figure)));
        return true;
    }

    /** "三条线各3个人": the same figure on every route. */
    private boolean everyRoute() {
        List<String> all = reading.lexicon().routeIds();
        Integer n = VisitFigures.everyRoute(c, all.size());
        if (n == null) return false;
        for (String route : all) changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, n));
        return true;
    }

    /** "我们厅报名考察3人": people going with no route named; the route is asked. */
    private boolean routeless() {
        Integer n = Figures.people(c);
        if (n == null || !VisitJoinWords.joins(c) || SiteOuting.readying(c)) return false;
        // 还有2个人也想去考察 去哪条线等下问领导: the route is left for later, nothing to record or ask yet.
        if (VisitWords.routeLater(c)) return true;
        return changes.each(Draft.Kind.VISIT, d -> {
            VisitChanges.visit(d, null, n);
            if (d.missing == null) d.missing = Gap.Field.ROUTE;
        });
    }

    /** Each route takes the figure said after it (a route named again, its later one); 各 gives one figure to every route. */
    private boolean perRoute(List<Mention.Route> routes) {
        Integer[] figures = new Integer[routes.size()];
        int current = -1;
        int said = 0;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Route r) current = index(routes, r);
            else if (m instanceof Mention.Count n && current >= 0) {
                // 百色3人 北海5 哦不对百色是4个: a route named again takes its later figure.
                if (figures[current] == null) said++;
                figures[current] = n.value();
                current = -1;
            }
        }
        if (said == 1 && says(c, "各")) java.util.Arrays.fill(figures, figures[routes.size() - 1]);
        for (Integer f : figures) if (f == null) return false;
        for (int i = 0; i < routes.size(); i++) {
            String route = routes.get(i).id();
            Integer figure = figures[i];
            changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, figure));
        }
        return true;
    }

    private static int index(List<Mention.Route> routes, Mention.Route r) {
        for (int i = 0; i < routes.size(); i++) if (routes.get(i).id().equals(r.id())) return i;
        return -1;
    }

    private static boolean says(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }
}

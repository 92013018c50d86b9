package org.receptionbot.parse;

import java.util.function.Consumer;
import org.receptionbot.message.Gap;

/**
 * People of a delegation moving between routes (VISIT_CHANGE): switching to a route (改去柳州),
 * dropping out (不去考察了, 北海线有1人不去了, 柳州线少2人), joining one (北海线加1人). With no figure,
 * a switch or a drop-out is the whole delegation (我们厅不去考察了); "有人", 其他人 or 少 with none is asked.
 */
final class VisitChanges {
    private final Reading reading;
    private final Clause c;
    private final ClauseState state;
    private final Drafts drafts;
    private final int namedBefore;

    /** @param namedBefore the people the clause before named one by one, who a change with no figure is about */
    VisitChanges(Reading reading, Clause c, ClauseState state, Drafts drafts, int namedBefore) {
        this.reading = reading;
        this.namedBefore = namedBefore;
        this.c = c;
        this.state = state;
        this.drafts = drafts;
    }

    /**
     * "由百色改去北海", "李处改去柳州", "现全部改为北海线" (after 原报百色3人): to the route after the
     * switching word; "柳州线改为2人" is the route's new figure (a VISIT).
     *
     * @param left the route left, named beside the switch (不去北海了, 原来是百色), or null
     * @param oldCount the people of the old plan said before, or null
     */
    boolean moveTo(VisitWords.Word switching, Mention.Route left, String from, Integer oldCount) {
        Mention.Route to = left == null ? null : VisitSwitches.joined(c, switching.end(), left);
        for (Mention.Route r : c.all(Mention.Route.class)) if (to == null && r.start() >= switching.end()) to = r;
        // 5人柳州→改成3人柳州 2人北海: the new figure of each of several routes.
        java.util.Map<String, Integer> plan = VisitFigures.of(c, switching.end());
        if (plan.size() > 1) {
            plan.forEach((route, figure) -> each(Draft.Kind.VISIT, d -> visit(d, route, figure)));
            return true;
        }
        // 北海3柳州3 百色改成5个: each route's figure, the last one's as changed.
        java.util.Map<String, Integer> changed =
                to == null ? VisitFigures.changedLast(c, switching) : java.util.Map.of();
        if (changed.size() > 1) {
            changed.forEach((route, figure) -> each(Draft.Kind.VISIT, d -> visit(d, route, figure)));
            return true;
        }
        Integer part = VisitSwitchPart.of(c, switching, to);
        Integer n = part;
        if (n == null) n = VisitPersons.said(c);
        if (n == null) n = oldCount;
        if (n == null && namedBefore > 0 && c.teams().isEmpty()) n = namedBefore;
        // 考察人员改为：柳州线6人: the route's new figure, said after it, with no people before the word.
        Integer afterTo = to == null ? null : countAfter(to.end());
        // 改两个去柳州 不是一个: the part switching said before the route; a figure after it is no new figure.
        if (afterTo != null && part == null && figureBefore(switching.at()) == null && VisitPersons.persons(c) == 0) {
            String route = to.id();
            return each(Draft.Kind.VISIT, d -> visit(d, route, afterTo));
        }
        // 北海的三个改成两个了 百色还是2个: the figure right after the word is the new figure of the route
        // named before it; a route after that figure, with its own, is a visit too.
        Mention.Count next = firstCountAfter(switching.end());
        if (to != null
                && from != null
                && next != null
                && next.end() <= to.start()
                && c.text.substring(switching.end(), next.start()).isBlank()
                && kept(to) != null) {
            String route = from;
            Integer figure = next.value();
            Integer other = kept(to);
            String otherRoute = to.id();
            each(Draft.Kind.VISIT, d -> visit(d, route, figure));
            if (!otherRoute.equals(route)) each(Draft.Kind.VISIT, d -> visit(d, otherRoute, other));
            return true;
        }
        // 5人柳州→改成3人柳州 2人北海: a switch to the route it leaves reads two ways; the route is asked.
        if (to != null && to.id().equals(from)) to = null;
        if (to != null) {
            String target = to.id();
            Integer people = n;
            // 有三四个人改去柳州: some people, no figure, is not the whole delegation; the figure is asked.
            boolean some = n == null && VisitJoinWords.someone(c);
            // 宁波从北海换1个到柳州: a part moved out of a route with no group said, where no one of 宁波 is planned: asked.
            boolean partOfPlan =
                    from != null && oldCount == null && figureBefore(switching.at()) == null && part != null;
            return each(Draft.Kind.VISIT_CHANGE, d -> {
                change(d, people, from, target);
                if (some && d.missing == null) d.missing = Gap.Field.COUNT;
                if (d.missing == null && partOfPlan && VisitOldPlans.unplanned(reading, d.team, from))
                    d.missing = Gap.Field.UNCLEAR;
            });
        }
        Integer after = countAfter(switching.end());
        if (after != null && from != null) return each(Draft.Kind.VISIT, d -> visit(d, from, after));
        if (!VisitWords.context(c)) return false;
        // 换哪条等他开完会再定: the route is left for later, so there is nothing to record or ask yet.
        if (VisitWords.routeLater(c)) return true;
        Integer people = n;
        return each(Draft.Kind.VISIT_CHANGE, d -> {
            change(d, people, from, null);
            if (d.missing == null) d.missing = Gap.Field.ROUTE;
        });
    }

    /** "浙江厅有2人不去考察了", "北海线有1人不去了", "柳州线少2人": off the route named, or off every visit. */
    boolean dropOut(String from, Integer oldCount) {
        // (在服务区下车了，)不去北海了: the route of the drop-out just said.
        if (oldCount == null && VisitRouteOfDropOut.restated(c, from, drafts)) return true;
        Integer figure = VisitPersons.said(c);
        if (figure == null && namedBefore > 0 && c.teams().isEmpty()) figure = namedBefore;
        Integer n = figure == null ? oldCount : figure;
        // 柳州线5个人里 再少一个: the group said is the old plan.
        boolean groupSaid = GroupParts.partOf(c) != null;
        boolean ask = n == null && (VisitJoinWords.someone(c) || c.has(Cue.FEWER) || c.has(Cue.REST));
        if (n == null && !ask && reading.who(c, state).contains(null)) return false;
        return each(Draft.Kind.VISIT_CHANGE, d -> {
            change(d, n, from, null);
            if (ask && d.missing == null) d.missing = Gap.Field.COUNT;
            // 天津柳州线少1个, with no one of 天津 planned there and no old plan said: the bot asks.
            if (d.missing == null
                    && oldCount == null
                    && !groupSaid
                    && !VisitOldWords.old(c)
                    && !VisitAddedTakenBack.said(c)
                    && VisitOldPlans.unplanned(reading, d.team, from)) d.missing = Gap.Field.UNCLEAR;
        });
    }

    /** "北海线加1人": more people on the route, from a route not said. */
    boolean join(Mention.Route route) {
        Integer n = VisitPersons.said(c);
        return each(Draft.Kind.VISIT_CHANGE, d -> {
            change(d, n, null, route.id());
            if (n == null && d.missing == null) d.missing = Gap.Field.COUNT;
        });
    }

    /** "(北海线这边…) 上海厅多来一位", "江苏少2个": more people on the route said before, or fewer. */
    boolean onRoute(Mention.Route route) {
        return VisitJoinWords.more(c) ? join(route) : dropOut(route.id(), null);
    }

    /** "(2号车有三个浙江的，)他们要去百色": {@code n} people said before join the route. */
    boolean join(Mention.Route route, int n) {
        return each(Draft.Kind.VISIT_CHANGE, d -> change(d, n, null, route.id()));
    }

    private Integer figureBefore(int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= at) return n.value();
        return null;
    }

    /** The figure after a route, said as kept (百色还是2个, 柳州照旧3个, 北海线仍为2人); or null. */
    private Integer kept(Mention.Route r) {
        Mention.Count n = firstCountAfter(r.end());
        if (n == null || n.start() - r.end() > 4) return null;
        for (int i = r.end(); i < n.start(); i++) if (KEPT.indexOf(c.text.charAt(i)) < 0) return null;
        return n.value();
    }

    private static final String KEPT = " 线的还是仍然为照旧也都";

    private Mention.Count firstCountAfter(int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() >= at) return n;
        return null;
    }

    private Integer countAfter(int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() >= at) return n.value();
        return null;
    }

    static void change(Draft d, Integer count, String from, String to) {
        d.count = count;
        d.from = from;
        d.to = to;
    }

    static void visit(Draft d, String route, Integer count) {
        d.route = route;
        d.count = count;
    }

    /** One draft per delegation the clause is about; a delegation not known is asked. */
    boolean each(Draft.Kind kind, Consumer<Draft> fill) {
        for (String team : reading.who(c, state)) {
            Draft d = drafts.add(kind, c, reading.original());
            d.team = team;
            if (team == null) d.missing = Gap.Field.DELEGATION;
            fill.accept(d);
        }
        return true;
    }
}

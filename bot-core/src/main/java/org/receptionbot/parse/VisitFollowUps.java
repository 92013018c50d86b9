package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * A clause that only completes the visit statement of the clause before it, with no route or
 * delegation of its own: "宁波的去百色，仨人" gives the figure that was to be asked; "北海线漏报了一个，
 * 加1人" says the same join again; "北海线我们少一个，老杨要回厅里处理点事" gives the drop-out's reason.
 */
final class VisitFollowUps {
    /** A route's list struck of people (北海那边划掉他, 北海名单上删掉一个). */
    private static final String[] STRUCK = {"划掉", "去掉", "删掉", "拿掉", "划了", "删了", "去除", "撤掉", "勾掉"};

    private VisitFollowUps() {}

    /** Whether the clause completed or repeated the statement before it. */
    static boolean completes(Clause c, Drafts drafts) {
        if (!c.all(Mention.Route.class).isEmpty() || !c.teams().isEmpty() || c.question) return false;
        List<Draft> last = drafts.lastStatement();
        Integer n = Figures.people(c);
        if (last.isEmpty() || n == null || c.all(Mention.Count.class).size() != 1) return false;
        Draft d = last.get(last.size() - 1);
        if (d.kind == Draft.Kind.VISIT && d.count == null && d.missing == Gap.Field.COUNT) {
            for (Draft each : last) {
                each.count = n;
                each.missing = null;
            }
            return true;
        }
        return d.kind == Draft.Kind.VISIT_CHANGE && d.to != null && n.equals(d.count) && c.has(Cue.ADD);
    }

    /**
     * "有个人想换到北海 待定", "改去柳州的那位还没定", "(要改线，)具体去哪儿晚点确认": a change said, then left undecided with nothing
     * of its own, is no change yet; it is taken back.
     */
    static boolean pending(Clause c, Drafts drafts) {
        if (!c.has(Cue.UNSURE) && !VisitWords.routeLater(c) || !c.teams().isEmpty()) return false;
        for (Mention m : c.mentions) if (!(m instanceof Mention.Day || m instanceof Mention.Part)) return false;
        List<Draft> last = drafts.lastStatement();
        // 另外3位也报名考察，路线回头报: a sign-up with no route, its route left for later, is taken back too.
        if (last.isEmpty()
                || last.stream()
                        .anyMatch(d ->
                                d.kind != Draft.Kind.VISIT_CHANGE && !(d.kind == Draft.Kind.VISIT && d.route == null)))
            return false;
        drafts.dropLastStatement();
        return true;
    }

    /**
     * "湖北3个人改去百色 柳州不去了": a route dropped right after a switch that named no route to leave,
     * with no people of its own, is the route they leave.
     */
    static boolean left(Clause c, Drafts drafts) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        List<Draft> last = drafts.lastStatement();
        if (routes.size() != 1) return false;
        // 北海那边划掉他, 北海名单上去掉一个: the route's list struck of the people who switched.
        VisitWords.Word struck = VisitWords.find(c, STRUCK);
        int persons = VisitPersons.persons(c);
        boolean one = !last.isEmpty() && last.stream().allMatch(d -> d.count != null && d.count == 1);
        if (persons > 1 || persons == 1 && (struck == null || !one)) return false;
        boolean sameFigure = c.mentions.size() == 2 && sameFigure(c, last) != null;
        if (c.mentions.size() != 1 && !(struck != null && sameFigure)) return false;
        VisitWords.Word drop = VisitDropWords.drop(c);
        if (drop == null && struck != null && routes.get(0).end() <= struck.at()) drop = struck;
        if (drop == null
                || VisitWords.routeAfter(c, drop.end()) == null && routes.get(0).end() > drop.at()) return false;
        String route = routes.get(0).id();
        for (Draft d : last)
            if (d.kind != Draft.Kind.VISIT_CHANGE || d.from != null || d.to == null || d.to.equals(route)) return false;
        if (last.isEmpty()) return false;
        for (Draft d : last) d.from = route;
        return true;
    }

    /**
     * "(7号车有四个上海的，)说不去柳州了，要去北海": a route gone to right after a drop-out from another,
     * with no people of its own, is where the people who dropped out go ("减1人，减的这位王司长跟北海线走": the
     * people taken off, pointed back to, go there).
     */
    static boolean goesInstead(Clause c, Drafts drafts) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.size() != 1 || VisitDropWords.drop(c) != null) return false;
        Mention.Route to = routes.get(0);
        if (!VisitSwitches.goingTo(c, to) && !VisitSwitches.backTo(c, to)) return false;
        List<Draft> last = drafts.lastStatement();
        String route = routes.get(0).id();
        if (last.isEmpty()) return false;
        // 他俩跟我们厅长去北海那边: the same figure again is the same people, whoever they go with.
        Integer same = sameFigure(c, last);
        boolean they = c.text.startsWith("他", c.start) || c.text.startsWith("她", c.start);
        // 减的这位王司长跟北海线走: the people just taken off, pointed back to, whoever they are named.
        if (same == null
                && !DroppedOnes.pointedAt(c)
                && !(they && c.mentions.size() == 1)
                && (c.mentions.size() != 1 || VisitPersons.persons(c) > 1)) return false;
        for (Draft d : last)
            if (d.kind != Draft.Kind.VISIT_CHANGE || d.to != null || d.from == null || d.from.equals(route))
                return false;
        for (Draft d : last) d.to = route;
        return true;
    }

    /** The clause's only figure, with no delegation and no other mention but the route, when every change before had it. */
    private static Integer sameFigure(Clause c, List<Draft> last) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || c.mentions.size() != 2 || !c.teams().isEmpty()) return null;
        int n = counts.get(0).value();
        for (Draft d : last) if (d.count == null || d.count != n) return null;
        return n;
    }

    /**
     * "报6个人 本来7个 有一个领导临时有事来不了了": the people missing from the old plan, said with no
     * route or delegation of their own, only explain the figure.
     */
    static boolean whyFewer(Clause c, int fewer) {
        if (fewer <= 0 || !c.all(Mention.Route.class).isEmpty() || !c.teams().isEmpty()) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        return counts.size() == 1 && counts.get(0).value() == fewer;
    }

    /** "百色线加2个 是发改委的": the delegation of the statement before, which was to be asked. */
    static boolean owner(Clause c, Drafts drafts) {
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (teams.size() != 1
                || !c.all(Mention.Route.class).isEmpty()
                || !c.all(Mention.Count.class).isEmpty()) return false;
        if (c.question || !c.bareWith("是都的人") && !VisitAtBus.ridesOnly(c) && !VisitOwnerOpening.said(c)) return false;
        List<Draft> last = drafts.lastStatement();
        if (last.size() != 1) return false;
        Draft d = last.get(0);
        boolean visit = d.kind == Draft.Kind.VISIT || d.kind == Draft.Kind.VISIT_CHANGE;
        if (!visit || d.team != null || d.missing != Gap.Field.DELEGATION) return false;
        d.team = teams.get(0).id();
        d.missing = null;
        return true;
    }
}

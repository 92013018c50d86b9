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
        VisitWords.Word drop = VisitWords.drop(c);
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
        if (routes.size() != 1 || VisitWords.drop(c) != null) return false;
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
        if (c.question || !c.bareWith("是都的人") && !VisitAtBus.ridesOnly(c)) return false;
        List<Draft> last = drafts.lastStatement();
        if (last.size() != 1) return false;
        Draft d = last.get(0);
        boolean visit = d.kind == Draft.Kind.VISIT || d.kind == Draft.Kind.VISIT_CHANGE;
        if (!visit || d.team != null || d.missing != Gap.Field.DELEGATION) return false;
        d.team = teams.get(0).id();
        d.missing = null;
        return true;
    }

    /**
     * A movement said right after a drop-out with no day, time, flight, figure or delegation of its
     * own (要回厅里处理点事) is the reason for it, no movement to record; "他下午先回厦门" is one.
     */
    static boolean reason(Clause c, Drafts drafts) {
        Draft d = drafts.last();
        if (d == null || d.kind != Draft.Kind.VISIT_CHANGE || d.to != null || MovementRules.kind(c) == null)
            return false;
        for (Mention m : c.mentions) if (!(m instanceof Mention.Vague)) return false;
        return !goesHome(c);
    }

    /** Places near at hand after 回: going there leaves no event (回单位, 回房间, 回厅里). */
    private static final String[] NEAR_AT_HAND = {
        "单位", "厅", "房", "酒店", "宾馆", "山庄", "驻地", "会", "住", "家", "去", "来", "头", "复"
    };

    /**
     * "(有两个不去百色了) 要回兰州": going back to a city, said last in the clause, is leaving the event, a
     * departure of the people who dropped out, no mere reason.
     */
    static boolean goesHome(Clause c) {
        int back = c.text.lastIndexOf('回', c.end - 1);
        if (back < c.start) return false;
        int end = placeEnd(c, back);
        // 开完会要赶回去: hurrying back, with no place said, is going home all the same.
        if (end == back + 2 && c.text.charAt(back + 1) == '去' && back > c.start && c.text.charAt(back - 1) == '赶')
            return true;
        int len = end - back - 1;
        if (len < 2 || len > 3) return false;
        for (int i = back + 1; i < end; i++) if (!Normalizer.isHan(c.text.charAt(i))) return false;
        for (String w : NEAR_AT_HAND) if (c.text.startsWith(w, back + 1)) return false;
        return true;
    }

    /** Where the place after {@code at} ends: trailing particles, emoji and punctuation (赶回厦门 😭) left out. */
    private static int placeEnd(Clause c, int at) {
        int end = c.end;
        while (end > at + 1) {
            char ch = c.text.charAt(end - 1);
            if (TRAILING.indexOf(ch) < 0 && Normalizer.isHan(ch)) break;
            end--;
        }
        return end;
    }

    private static final String TRAILING = "了吧啊哈呢呀啦的";

    /** What 飞 starts that is no flight to a place (飞机, 起飞 is before it, 飞快). */
    private static final String NOT_FLIGHT = "机行快速过了走起去来";

    /**
     * "(海南厅不去考察了) 明天下午直接飞海口": flying to a place, said last in the clause right after a
     * drop-out, is the people who dropped out leaving the event.
     */
    static boolean fliesAway(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.VISIT_CHANGE || last.to != null) return false;
        if (!c.all(Mention.Route.class).isEmpty() || !c.all(Mention.Meals.class).isEmpty()) return false;
        int fly = c.text.lastIndexOf('飞', c.end - 1);
        if (fly < c.start || c.question) return false;
        int end = placeEnd(c, fly);
        int len = end - fly - 1;
        if (len < 2 || len > 4 || NOT_FLIGHT.indexOf(c.text.charAt(fly + 1)) >= 0) return false;
        for (int i = fly + 1; i < end; i++) if (!Normalizer.isHan(c.text.charAt(i))) return false;
        List<String> teams = c.teams();
        return teams.isEmpty() || teams.size() == 1 && teams.get(0).equals(last.team);
    }

    /**
     * "广东刘处长明天不参加考察了 开完会就回广州": a departure said in the drop-out's own statement is the
     * departure of the people who dropped out.
     *
     * @param visit the visit draft the statement placed, or null
     */
    static void sameLeavers(Draft visit, Drafts drafts) {
        Draft d = drafts.last();
        if (visit == null || d == null || d == visit || d.kind != Draft.Kind.DEPARTURE || d.count != null) return;
        if (visit.kind == Draft.Kind.VISIT_CHANGE && visit.to == null && visit.count != null && visit.missing == null)
            d.count = visit.count;
    }

    /**
     * "厦门北海线有1人不去了，他下午先回厦门": a movement right after a drop-out, with no figure or
     * delegation of its own, is the movement of the people who dropped out.
     *
     * @param prior the last draft before the movement's
     */
    static void leavers(Clause c, Draft prior, Drafts drafts) {
        Draft d = drafts.last();
        if (prior == null || d == null || d == prior || !d.isMovement() || d.count != null) return;
        if (prior.kind != Draft.Kind.VISIT_CHANGE || prior.to != null || prior.count == null) return;
        if (!c.all(Mention.Count.class).isEmpty() || otherTeam(c, prior) || VisitPersons.persons(c) > 1) return;
        d.count = prior.count;
    }

    /** Whether the clause names a delegation other than as the place the leavers go back or fly to (飞青岛). */
    private static boolean otherTeam(Clause c, Draft prior) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            boolean home =
                    t.id().equals(prior.team) && t.start() > c.start && "回飞".indexOf(c.text.charAt(t.start() - 1)) >= 0;
            if (!home) return true;
        }
        return false;
    }
}

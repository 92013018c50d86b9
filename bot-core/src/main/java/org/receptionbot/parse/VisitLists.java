package org.receptionbot.parse;

import java.util.List;

/**
 * Visit statements read as lines of a list: under a route's figure or header ("北海线报名接龙" then
 * "湖南 3", "服务中心2 合计15人"), under a change that heads a list ("百色线加人：广西2 河北1"), and other
 * delegations' changes after a statement that opens with its route ("北海线这边 江苏厅有两位不去了 上海厅
 * 多来一位"). One per message; it keeps what the lines after need.
 */
final class VisitLists {
    private static final List<String> TOTAL = List.of("合计", "共计", "总计", "一共", "总共", "共", "累计");

    private final Reading reading;
    /** The route of the list being read: the last single route given a figure, or a header's. */
    private String listRoute;
    /** The list's route as the clause being read found it. */
    private String carried;
    /** The change a list's header says (百色线加人：广西2), for its lines (河北1); null when none. */
    private Draft listChange;
    /** The route a statement opened with (北海线这边 江苏厅有两位不去了), for other delegations' changes after it. */
    private Mention.Route topic;

    private List<String> topicTeams = List.of();

    VisitLists(Reading reading) {
        this.reading = reading;
    }

    /** "北海线报名接龙": the route of a list's header, for its lines ("湖南 3"). */
    void header(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        listRoute = routes.size() == 1 ? routes.get(0).id() : null;
    }

    /** A clause is being read: the list's route goes on only if the clause is one of its lines. */
    void next() {
        carried = listRoute;
        listRoute = null;
    }

    /** Places the clause as a line of the list being read, if it is one; whether it did. */
    boolean place(Clause c, List<Mention.Route> routes, ClauseState state, Drafts drafts) {
        String carried = this.carried;
        Draft change = listChange;
        listChange = null;
        Integer total = carried == null ? null : beforeTotal(c, routes);
        if (carried != null && (listLine(c, routes) || total != null)) {
            listRoute = carried;
            Integer n = total != null ? total : Figures.count(c, -1, false);
            return changes(c, state, drafts).each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, carried, n));
        }
        if (change != null && listLine(c, routes) && !c.has(Cue.ADD) && !c.has(Cue.FEWER)) {
            listChange = change;
            Integer n = Figures.count(c, -1, false);
            return changes(c, state, drafts).each(Draft.Kind.VISIT_CHANGE, d -> {
                d.count = n;
                d.from = change.from;
                d.to = change.to;
            });
        }
        return routes.isEmpty() && aboutTopic(c) && changes(c, state, drafts).onRoute(topic);
    }

    /**
     * After a statement on one route: a route's figure starts a list; a change that heads a list
     * (百色线加人：广西2, the figure right after the delegation) and a statement that opens with its
     * route (北海线这边 江苏厅…) are kept for the lines and clauses after it.
     */
    void placed(Clause c, Mention.Route route, Draft last) {
        if (last.kind == Draft.Kind.VISIT) listRoute = route.id();
        if (route.start() == c.start) {
            topic = route;
            topicTeams = c.teams();
        }
        int colon = c.text.indexOf(':', c.start);
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (last.kind == Draft.Kind.VISIT_CHANGE
                && colon >= 0
                && colon < c.end
                && teams.size() == 1
                && teams.get(0).start() > colon) listChange = last;
    }

    private VisitChanges changes(Clause c, ClauseState state, Drafts drafts) {
        return new VisitChanges(reading, c, state, drafts, 0);
    }

    /** "(北海线这边 江苏厅有两位不去了) 上海厅多来一位": another delegation's figure joining or leaving the topic's route. */
    private boolean aboutTopic(Clause c) {
        if (topic == null || c.teams().isEmpty() || topicTeams.containsAll(c.teams())) return false;
        if (c.all(Mention.Count.class).size() != 1 || c.question) return false;
        return VisitJoinWords.more(c) || VisitDropWords.drop(c) != null || c.has(Cue.FEWER);
    }

    /** "服务中心2 合计15人": a list's last line, the delegation's figure before the list's total; or null. */
    private static Integer beforeTotal(Clause c, List<Mention.Route> routes) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (!routes.isEmpty() || teams.size() != 1 || counts.size() != 2) return null;
        Mention.Count own = counts.get(0);
        if (teams.get(0).start() != c.start
                || !c.text.substring(teams.get(0).end(), own.start()).isBlank()) return null;
        String between = c.text.substring(own.end(), counts.get(1).start()).strip();
        return TOTAL.contains(between) ? own.value() : null;
    }

    /** "湖北2人", "湖南 3" after a route's figure or header: a delegation and a figure, nothing else. */
    private static boolean listLine(Clause c, List<Mention.Route> routes) {
        return routes.isEmpty() && !c.teams().isEmpty() && c.bare() && Figures.count(c, -1, false) != null;
    }
}

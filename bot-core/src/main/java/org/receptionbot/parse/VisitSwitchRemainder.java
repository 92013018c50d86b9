package org.receptionbot.parse;

import java.util.List;

/**
 * "李处改去柳州 北海线我们就剩2个了", "不对 只有李处1个人改去柳州 北海线还是2个": a switch that names no
 * route left, then the figure that stays on another route of the same delegation (就剩, 剩, 还是 …). That route
 * is the one the switch left; its figure is the route's own (a VISIT beside the change).
 */
final class VisitSwitchRemainder {
    private VisitSwitchRemainder() {}

    /**
     * Sets the route left of the switch just before the visit placed at {@code placed} (index in {@code all})
     * when the clause opens with that visit's route and a word of the figure that stays.
     */
    static void fill(Clause c, List<Draft> all, int placed) {
        if (placed < 1 || all.size() != placed + 1) return;
        Draft visit = all.get(placed);
        Draft change = all.get(placed - 1);
        if (visit.kind != Draft.Kind.VISIT || change.kind != Draft.Kind.VISIT_CHANGE) return;
        if (change.from != null || change.to == null || visit.route == null || change.to.equals(visit.route)) return;
        if (visit.team == null || !visit.team.equals(change.team)) return;
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.size() != 1) return;
        Mention.Route r = routes.get(0);
        int at = c.start;
        while (at < r.start() && (c.text.charAt(at) == ' ' || c.text.charAt(at) == '那')) at++;
        if (at != r.start()) return;
        VisitTurnSpan after = VisitTurnSpan.of(c.mentions, c.start, c.end);
        if (VisitTurnChanges.figureNow(c.text, r.start(), c.end, c.mentions, after)) change.from = r.id();
    }
}

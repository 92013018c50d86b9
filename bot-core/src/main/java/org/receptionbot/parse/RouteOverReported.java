package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * A route's figure corrected down after it was reported too high: "湖南北海线那个多报的撤了 还是3个", "柳州线报多了一个",
 * "百色那边多报的一个撤了吧". With the figure kept said after it (还是, 现在, 就, 改成), that figure is the route's (a
 * VISIT); otherwise the people reported too many come off the route (a VISIT_CHANGE to no route), one when pointed at
 * (那个多报的), the figure said, or
 * asked when taken back (撤) with none; with neither, the figure meant is left to the clauses after it. 撤 here takes back a figure: it is never people leaving the event.
 */
final class RouteOverReported {
    /** Words of a figure reported too high. */
    private static final String[] OVER = {"多报", "报多", "多算", "算多", "多写", "写多", "报重", "重复报"};
    /** Lead words of the figure that stands now. */
    private static final String[] NOW = {
        "还是", "应该是", "应该", "应是", "实际是", "实际", "现在是", "现在", "就是", "就", "只有", "改成", "改为", "变成", "剩"
    };
    /** Words pointing at one person. */
    private static final String[] ONE = {"那个", "那位", "那人", "这个", "这位"};

    private RouteOverReported() {}

    /** Where the clause says its one route's figure was reported too high or taken back, or -1. */
    static int at(Clause c) {
        if (c.question || c.text.indexOf('报', c.start) < 0 && c.text.indexOf('撤', c.start) < 0 && !c.text.contains("算"))
            return -1;
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.isEmpty()
                || routes.stream().map(Mention.Route::id).distinct().count() != 1) return -1;
        int over = find(c, OVER, routes.get(0).end());
        if (over >= 0) return over;
        int back = c.text.indexOf('撤', routes.get(0).end());
        return back >= 0 && back < c.end && nowFigure(c, back) != null ? back : -1;
    }

    /** Places the route's corrected figure; whether the clause was one. */
    static boolean place(Reading reading, Clause c, ClauseState state, Drafts drafts, int namedBefore) {
        int at = at(c);
        if (at < 0) return false;
        String route = c.all(Mention.Route.class).get(0).id();
        VisitChanges changes = new VisitChanges(reading, c, state, drafts, namedBefore);
        Mention.Count now = nowFigure(c, at);
        if (now != null) return changes.each(Draft.Kind.VISIT, d -> VisitChanges.visit(d, route, now.value()));
        Integer extra = null;
        for (Mention.Count n : c.all(Mention.Count.class)) if (extra == null) extra = n.value();
        if (extra == null && find(c, ONE, c.start) >= 0 && find(c, ONE, c.start) < at) extra = 1;
        // 柳州组核名单发现浙江多报了 (应该是五个): with no figure and nothing taken back, the figure is yet to come.
        int back = c.text.indexOf('撤', at);
        if (extra == null && (back < 0 || back >= c.end)) return false;
        Integer count = extra;
        return changes.each(Draft.Kind.VISIT_CHANGE, d -> {
            d.count = count;
            d.from = route;
            d.to = null;
            if (count == null && d.missing == null) d.missing = Gap.Field.COUNT;
        });
    }

    /** The figure after {@code from} said right after a lead word of the figure now, or null. */
    private static Mention.Count nowFigure(Clause c, int from) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() <= from) continue;
            for (String w : NOW) {
                int lead = n.start() - w.length();
                if (lead > from && c.text.startsWith(w, lead)) return n;
            }
        }
        return null;
    }

    private static int find(Clause c, String[] words, int from) {
        int best = -1;
        for (String w : words) {
            int i = c.text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= c.end && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}

package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * The figure a route stands at when the message is done: "北海现在6个", "北海就2个了", "还是去柳州，变5个", "一共7个", "那就四个",
 * "去百色的6个人 不对 是5个", "北海还是3个". A figure said as the one now (a lead word right before it, nothing but its unit after it), of
 * the route named last before it with no meal, vehicle or train between, is the route's VISIT; the route's earlier
 * figures, drop-outs and additions in the same message are its history and give no record of their own. A switch
 * between two named routes stays beside it (柳州那2个改北海了 北海现在6个), and so do other routes' figures.
 */
final class RouteStandingFigure {
    /** Words right before a figure that make it the figure now, longest first where one ends another. */
    private static final String[] NOW = {
        "现在是", "现在", "目前是", "目前", "一共是", "一共", "总共是", "总共", "那就是", "那就", "就剩", "就是", "就", "变成", "变为", "变", "改成", "改为",
        "调整为", "剩下", "剩", "还是"
    };

    /** Words taking back the figure just said, after which "是" leads the right one (不对 是5个). */
    private static final String[] CORRECTION = {"不对", "说错了", "错了", "更正", "纠正一下", "纠正"};

    /** What may stand after the figure: its unit, a particle, the people going. */
    private static final String UNITS = "人个位名";

    private static final String PARTICLES = "了哈吧啊呀";
    private static final String[] GOING = {"去了", "去", "参加"};
    private static final String PAUSES = " ,，";

    private RouteStandingFigure() {}

    /** {@code read} with each route's standing figure in place of its history, and no question left about it. */
    static ParseOutcome settled(ParseOutcome read, Front f) {
        Map<String, Mention.Count> standing = standing(f.text(), f.mentions());
        if (standing.isEmpty()) return read;
        List<Record> records = new ArrayList<>(read.records());
        List<Gap> gaps = read instanceof ParseOutcome.Incomplete i ? new ArrayList<>(i.gaps()) : new ArrayList<>();
        boolean oneRoute = RouteClosingFigure.onlyRoute(f.mentions()) != null;
        for (Map.Entry<String, Mention.Count> e : standing.entrySet()) {
            String route = e.getKey();
            String team = delegation(records, gaps, f.mentions(), route);
            if (team == null) return read;
            int at = -1;
            for (int k = records.size() - 1; k >= 0; k--)
                if (history(records.get(k), team, route, oneRoute)) {
                    records.remove(k);
                    at = k;
                }
            Visit now = new Visit(team, route, e.getValue().value());
            if (at < 0) records.add(now);
            else records.add(at, now);
            gaps.removeIf(g -> about(g, f, e.getValue()));
        }
        if (gaps.isEmpty()) return new ParseOutcome.Understood(records, false, read.saidNow());
        return new ParseOutcome.Incomplete(records, gaps, read.saidNow());
    }

    /** The standing figure of each route that has one, in the order the routes are named. */
    static Map<String, Mention.Count> standing(String text, List<Mention> mentions) {
        Map<String, Mention.Count> found = new LinkedHashMap<>();
        Mention.Route route = null;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m instanceof Mention.Route r) {
                route = r;
                named.add(r.id());
            } else if (m instanceof Mention.Meals
                    || m instanceof Mention.Vehicle
                    || m instanceof Mention.Transport
                    || m instanceof Mention.Team && route != null) route = null;
            else if (m instanceof Mention.Count n
                    && route != null
                    && led(text, n.start(), route.end())
                    && !LeftAtLodging.at(text, n.start(), route.end())
                    && ends(text, n)
                    && (named.size() == 1 || sameStatement(text, route, n, mentions))) found.put(route.id(), n);
        }
        return found;
    }

    /**
     * "柳州那2个改北海了 北海现在6个": with several routes named, only the one said with the figure, nothing between, has
     * it ("百色3 北海3 一共6个" is a total; "百色3个柳州5个 说错了 是4个" could be either route's).
     */
    private static boolean sameStatement(String text, Mention.Route route, Mention.Count n, List<Mention> mentions) {
        for (int i = route.end(); i < n.start(); i++) if (Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0) return false;
        for (Mention m : mentions) if (m.start() >= route.end() && m.end() <= n.start()) return false;
        return true;
    }

    /** Whether a word of the figure now, or 是 after a correction, stands right before {@code at} (after {@code from}). */
    private static boolean led(String text, int at, int from) {
        int i = back(text, at, from);
        for (String w : NOW) if (i - w.length() >= from && text.startsWith(w, i - w.length())) return true;
        if (i - 1 < from || text.charAt(i - 1) != '是') return false;
        int j = back(text, i - 1, from);
        for (String w : CORRECTION) if (j - w.length() >= from && text.startsWith(w, j - w.length())) return true;
        return false;
    }

    private static int back(String text, int at, int from) {
        int i = at;
        while (i > from && PAUSES.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i;
    }

    /** Whether nothing but its unit, a particle or the people going follows the figure before a separator. */
    private static boolean ends(String text, Mention.Count n) {
        int i = n.end();
        while (i < text.length() && UNITS.indexOf(text.charAt(i)) >= 0) i++;
        for (String w : GOING)
            if (text.startsWith(w, i)) {
                i += w.length();
                break;
            }
        while (i < text.length() && PARTICLES.indexOf(text.charAt(i)) >= 0) i++;
        return i == text.length() || Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0;
    }

    /** An earlier figure, drop-out or addition of the route (with one route named, one with no route said too). */
    private static boolean history(Record r, String team, String route, boolean oneRoute) {
        if (r instanceof Visit v) return team.equals(v.delegation()) && route.equals(v.route());
        if (!(r instanceof VisitChange c) || !team.equals(c.delegation())) return false;
        if (c.from() != null && c.to() != null) return false;
        if (route.equals(c.from()) || route.equals(c.to())) return true;
        return oneRoute && c.from() == null && c.to() == null;
    }

    /** The delegation the route's figure is of: its records', any record's, the one named, else none. */
    private static String delegation(List<Record> records, List<Gap> gaps, List<Mention> mentions, String route) {
        for (Record r : records)
            if (r instanceof Visit v && route.equals(v.route()) && v.delegation() != null) return v.delegation();
        for (Record r : records) if (r instanceof VisitChange c && c.delegation() != null) return c.delegation();
        for (Record r : records) if (r.delegation() != null) return r.delegation();
        for (Gap g : gaps)
            if (g.draft() != null && g.draft().delegation() != null)
                return g.draft().delegation();
        String named = null;
        for (Mention m : mentions)
            if (m instanceof Mention.Team t) {
                if (named != null && !named.equals(t.id())) return null;
                named = t.id();
            }
        return named;
    }

    /** Whether the question {@code g} is about the statement holding the standing figure. */
    private static boolean about(Gap g, Front f, Mention.Count n) {
        if (g.statement() == null) return false;
        String s = Normalizer.normalize(g.statement()).strip();
        String figure = f.text().substring(Math.max(0, n.start() - 2), n.end()).strip();
        return !s.isEmpty() && s.contains(figure);
    }
}

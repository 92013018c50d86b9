package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;

/**
 * "湖北又少一个 柳州线的老陈 …", "湖南少两个 百色线的 临时有任务": a delegation's 少N个 with nothing else before it, the
 * route with 的 right after it, is N people leaving that route (from the route, to null). It stands in for a
 * switch to the route read from the words after it, and for the question which meal the 少N个 is about. A meal, a
 * day or a vehicle said before 少, or a question, leaves the message as read.
 */
final class FewerThenRoute {
    /** What may stand beside the delegation before 少: fillers, no meal, day or vehicle. */
    private static final Pattern LEAD = Pattern.compile("[又还再就这边我们厅团的那个]*");

    private static final Pattern ROUTE_OF = Pattern.compile("^(?:线|那条线|那边|那条)?的");
    private static final String UNITS = "个人位名";
    private static final String PAUSES = " ,，";

    private FewerThenRoute() {}

    /** {@code read} with each such drop-out in place of what was read of it. */
    static ParseOutcome settled(ParseOutcome read, Front f, String sender) {
        String text = f.text();
        if (text.contains("?") || text.contains("？") || text.contains("吗")) return read;
        List<Mention> ms = f.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            if (!(ms.get(i) instanceof Mention.Count n) || !(ms.get(i + 1) instanceof Mention.Route r)) continue;
            String team = lead(text, ms, n, sender);
            if (team == null || !routeAfter(text, n, r)) continue;
            return replaced(read, team, n, r.id(), text.substring(n.start() - 1, n.end()));
        }
        return read;
    }

    /** The delegation the 少N个 is of, when only it and fillers stand before 少 in its statement; else null. */
    private static String lead(String text, List<Mention> ms, Mention.Count n, String sender) {
        int fewer = n.start() - 1;
        if (fewer < 0 || text.charAt(fewer) != '少') return null;
        int start = fewer;
        while (start > 0 && Clause.SEPARATORS.indexOf(text.charAt(start - 1)) < 0) start--;
        String team = null;
        StringBuilder rest = new StringBuilder(text.substring(start, fewer));
        for (Mention m : ms) {
            if (m.end() <= start || m.start() >= fewer) continue;
            if (!(m instanceof Mention.Team t) || m.start() < start) return null;
            team = t.id();
            for (int k = m.start(); k < m.end(); k++) rest.setCharAt(k - start, '的');
        }
        if (!LEAD.matcher(rest).matches()) return null;
        return team == null ? sender : team;
    }

    /** Whether only the figure's unit, a pause and 去 stand between it and the route, and 的 follows the route. */
    private static boolean routeAfter(String text, Mention.Count n, Mention.Route r) {
        int i = n.end();
        while (i < r.start() && UNITS.indexOf(text.charAt(i)) >= 0) i++;
        int paused = i;
        while (i < r.start() && PAUSES.indexOf(text.charAt(i)) >= 0) i++;
        if (i < r.start() && text.charAt(i) == '去') i++;
        return i == r.start()
                && i > paused
                && ROUTE_OF.matcher(text.substring(r.end())).find();
    }

    private static ParseOutcome replaced(ParseOutcome read, String team, Mention.Count n, String route, String said) {
        List<Record> records = new ArrayList<>(read.records());
        records.removeIf(rec -> rec instanceof VisitChange c
                && team.equals(c.delegation())
                && (route.equals(c.to()) && c.from() == null || route.equals(c.from()) && c.to() == null));
        records.add(new VisitChange(team, n.value(), route, null));
        List<Gap> gaps = read instanceof ParseOutcome.Incomplete i ? new ArrayList<>(i.gaps()) : new ArrayList<>();
        gaps.removeIf(g -> g.missing() == Gap.Field.MEAL
                && g.statement() != null
                && g.statement().contains(said));
        if (gaps.isEmpty()) return new ParseOutcome.Understood(records, false, read.saidNow());
        return new ParseOutcome.Incomplete(records, gaps, read.saidNow());
    }
}

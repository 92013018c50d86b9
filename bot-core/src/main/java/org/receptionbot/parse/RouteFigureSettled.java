package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.RecordCodec;
import org.receptionbot.record.Visit;

/**
 * After the kind net's check: a route's figure that holds the change said beside it (the figure said last after a
 * drop-out, {@link RouteFigureAtEnd}, or the figure now after an old one) leaves no route change unread to ask about.
 */
final class RouteFigureSettled {
    private RouteFigureSettled() {}

    /**
     * {@code checked} without the kind net's question whether a route change was left unread, when the records
     * give the route the figure said last after a drop-out, or the figure said as the one now ("本来3个现在变4个因为…"):
     * the change is in that figure.
     */
    static ParseOutcome settled(ParseOutcome checked, String text, List<Mention> mentions) {
        if (!(checked instanceof ParseOutcome.Incomplete i) || !onlyUnreadChanges(i)) return checked;
        Mention.Route route = RouteClosingFigure.onlyRoute(mentions);
        if (route == null) return checked;
        Mention.Count last = RouteClosingFigure.lastFigure(text, mentions, true);
        if (last == null) last = RouteClosingFigure.lastFigure(text, mentions, false);
        if (last == null) last = figureNow(text, mentions, route);
        if (last == null) return checked;
        for (Record r : i.records())
            if (r instanceof Visit v
                    && v.route().equals(route.id())
                    && Integer.valueOf(last.value()).equals(v.count()))
                return new ParseOutcome.Understood(i.records(), false, i.saidNow());
        return checked;
    }

    /** Words that make the figure right after them the route's figure now. */
    private static final String[] NOW = {"现在", "变成", "变为", "变", "改成", "改为", "调成", "剩"};

    /** The one figure after the route said as the figure now (现在5个, 变4个, 现在变成4个), or null. */
    private static Mention.Count figureNow(String text, List<Mention> mentions, Mention.Route route) {
        Mention.Count now = null;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Count n) || n.start() < route.end()) continue;
            String before = text.substring(Math.max(route.end(), n.start() - 4), n.start());
            for (String w : NOW)
                if (before.endsWith(w) || before.endsWith(w + "是") || before.endsWith(w + "去")) {
                    if (now != null) return null;
                    now = n;
                    break;
                }
        }
        return now;
    }

    /** Whether the only questions are changes of a route the rules could not read ("可能还有考察线路调整没能读出"). */
    private static boolean onlyUnreadChanges(ParseOutcome.Incomplete i) {
        for (Gap g : i.gaps())
            if (g.missing() != Gap.Field.UNCLEAR
                    || !RecordCodec.Kind.VISIT_CHANGE.name().equals(g.unread())) return false;
        return !i.gaps().isEmpty();
    }
}

package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * People of a site-visit route coming back from it ("柳州的3个回来吃 大概8点到", "北海线6个 路上堵车 预计九点多才到酒店",
 * "百色那边的返回酒店要10点"): on the route's day, a message that names a route and says they come back reports no
 * arrival (they are the delegation's own people returning, not new people arriving), nor a question about one.
 * Other days, and messages that name no route or no coming back, keep their arrivals.
 */
final class RouteReturns {
    /** Coming back to the event's place, or reaching the lodging. */
    private static final Pattern BACK = Pattern.compile("回来|返回|返程回|回到|回(?:酒店|山庄|宾馆|驻地|南宁)|到(?:酒店|山庄|宾馆|驻地)");

    /** People said to be here already: new people arriving (另外2位新同志刚到山庄). */
    private static final Pattern HERE_NOW = Pattern.compile("刚到|刚刚到|已到|已经到|新来|新同志|新到");

    private RouteReturns() {}

    /** {@code read} without the arrivals of route people coming back, when {@code m} says so. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        String text = m.front().text();
        if (!hasArrival(read)
                || !BACK.matcher(text).find()
                || HERE_NOW.matcher(text).find()) return read;
        List<LocalDate> days = routeDays(m);
        if (days.isEmpty()) return read;
        LocalDate today = m.front().local().toLocalDate();
        List<Record> kept = new ArrayList<>();
        for (Record r : read.records())
            if (!(r instanceof Arrival a && days.contains(a.date() == null ? today : a.date()))) kept.add(r);
        if (!(read instanceof ParseOutcome.Incomplete i)) return read.withRecords(kept);
        List<Gap> gaps = new ArrayList<>();
        for (Gap g : i.gaps())
            if (!(g.draft() instanceof Arrival a && days.contains(a.date() == null ? today : a.date()))) gaps.add(g);
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
        return kept.isEmpty()
                ? new ParseOutcome.NothingToRecord(read.saidNow())
                : new ParseOutcome.Understood(kept, false, read.saidNow());
    }

    private static boolean hasArrival(ParseOutcome read) {
        if (read.records().stream().anyMatch(Arrival.class::isInstance)) return true;
        return read instanceof ParseOutcome.Incomplete i
                && i.gaps().stream().anyMatch(g -> g.draft() instanceof Arrival);
    }

    /** The days of the routes the message names. */
    private static List<LocalDate> routeDays(SettlingStep.Message m) {
        List<LocalDate> days = new ArrayList<>();
        for (Mention x : m.front().mentions())
            if (x instanceof Mention.Route r)
                m.lexicon().event.route(r.id()).map(VisitRoute::date).ifPresent(days::add);
        return days;
    }
}

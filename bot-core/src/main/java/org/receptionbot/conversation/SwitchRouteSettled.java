package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** A switch's route left unsaid that the same message settled ({@link VisitRouteAsks}). */
final class SwitchRouteSettled {
    private SwitchRouteSettled() {}

    /**
     * A switch from a named route to one left unsaid, beside the delegation's figure on one other route in the same
     * message ("山东百色线应该是5个 不是1个 小王是从柳州换过去的"): the message settled where they went, so the switch goes
     * there, before the figure, and no route is asked.
     */
    static ParseOutcome read(ParseOutcome.Incomplete i) {
        List<Record> records = new ArrayList<>(i.records());
        List<Gap> gaps = new ArrayList<>();
        for (Gap g : i.gaps()) {
            String to =
                    g.missing() == Gap.Field.ROUTE && g.draft() instanceof VisitChange c ? settledTo(c, records) : null;
            if (to == null) {
                gaps.add(g);
                continue;
            }
            VisitChange c = (VisitChange) g.draft();
            records.add(
                    VisitRouteAsks.figureBefore(records, c, to),
                    new VisitChange(c.delegation(), c.count(), c.from(), to));
        }
        if (gaps.size() == i.gaps().size()) return i;
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, false, i.saidNow())
                : new ParseOutcome.Incomplete(records, gaps, i.saidNow());
    }

    /** The one route other than the switch's own the message gives its delegation a figure on; else null. */
    private static String settledTo(VisitChange c, List<Record> records) {
        if (c.delegation() == null || c.count() == null || c.from() == null || c.to() != null) return null;
        List<String> routes = records.stream()
                .filter(r -> r instanceof Visit v
                        && c.delegation().equals(v.delegation())
                        && v.route() != null
                        && v.count() != null
                        && !v.route().equals(c.from()))
                .map(r -> ((Visit) r).route())
                .distinct()
                .toList();
        return routes.size() == 1 ? routes.get(0) : null;
    }
}

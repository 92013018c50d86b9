package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A reply naming the route a draft misses ({@link GapAnswers}): the route it names by the event file's words, and the
 * field of the draft the route fills (route, from or to).
 */
record RouteAnswers(Event event) {
    private static final Pattern SWITCH = Pattern.compile("[改换调转]");

    /** The route an answer names (北海线, 北海, 北海组), by the event file's words, longest first. */
    Optional<String> named(String text) {
        String best = null;
        int length = 0;
        for (VisitRoute r : event.visits()) {
            for (String w : r.words()) {
                if (text.contains(w) && w.length() > length) {
                    best = r.id();
                    length = w.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A visit report's missing route is its route; a change's is the route it joins, or, for a
     * drop-out (a change to no route said with no switching word: 王处不去考察了), the route it leaves.
     */
    static String field(Gap gap) {
        if (gap.draft() instanceof Visit) return "route";
        // 有1人改去百色 (from which route?): the answer names the route left.
        if (gap.draft() instanceof VisitChange c && c.from() == null && c.to() != null) return "from";
        boolean dropOut = gap.draft() instanceof VisitChange c
                && c.from() == null
                && c.to() == null
                && !SWITCH.matcher(gap.statement()).find();
        return dropOut ? "from" : "to";
    }
}

package org.receptionbot.parse;

import java.util.regex.Pattern;
import org.receptionbot.event.VisitRoute;

/**
 * On a day of site visits, people going along with the bus or a leader ("剩下的都跟车走了", "两位改北海 跟司长一起走")
 * go on the visit with them: no departure from the event, unless a clock time, a day or a ticket says they leave.
 */
final class GoingAlong {
    /** Whom they go with: the bus, or a leader of the delegation. */
    private static final String COMPANY = "车|大巴|考察车|司长|处长|局长|厅长|部长|主任|领导";

    /** 跟(着)车走, 跟司长一起走, 随领导一块去: with them, then the verb of going. */
    private static final Pattern WITH = Pattern.compile("(?<!不)(?:跟|随)着?(?:" + COMPANY + ")(?:一起|一块|一道)?(?:走|去|出发)");

    private GoingAlong() {}

    /** Whether {@code c}, read on a day of site visits, has its people go along with the bus or a leader. */
    static boolean onVisitDay(Clause c, Reading reading) {
        if (!c.holdsAny("跟", "随") || !WITH.matcher(c.span()).find()) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        for (VisitRoute r : reading.lexicon().event.visits()) if (r.date().equals(reading.today())) return true;
        return false;
    }
}

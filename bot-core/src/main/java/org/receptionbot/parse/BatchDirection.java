package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * A batch's movement read one way ("广东的第二批改成下午4点了 车次G2920": the second batch leaving, see
 * {@link ChangedTicketDay}) that the kind net would also ask about the other way: a batch named by its order or pointed
 * at is one group with one direction, so the other is not asked.
 */
final class BatchDirection {
    private BatchDirection() {}

    /** Whether {@code checked} only asks about the other direction of a batch's movement read from {@code clauses}. */
    static boolean chosen(ParseOutcome checked, List<Clause> clauses) {
        if (!(checked instanceof ParseOutcome.Incomplete i) || i.gaps().size() != 1) return false;
        Gap gap = i.gaps().get(0);
        String other = opposite(gap.unread());
        if (gap.missing() != Gap.Field.UNCLEAR || other == null) return false;
        boolean read = false;
        for (Record r : i.records()) read |= other.equals(r.type());
        if (!read) return false;
        for (Clause c : clauses) if (ChangedTicketDay.batch(c) && c.movement() == null) return true;
        return false;
    }

    private static String opposite(String kind) {
        if ("ARRIVAL".equals(kind)) return "DEPARTURE";
        if ("DEPARTURE".equals(kind)) return "ARRIVAL";
        return null;
    }
}

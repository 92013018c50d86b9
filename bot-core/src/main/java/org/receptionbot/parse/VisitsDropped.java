package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;

/** Taking visits out of an outcome that after-passes find were no sign-ups, with the questions asked about them. */
final class VisitsDropped {
    private VisitsDropped() {}

    /** {@code read} without the visits {@code drop} picks, and without the questions about visits when any went. */
    static ParseOutcome without(ParseOutcome read, Predicate<Visit> drop) {
        List<Record> kept = new ArrayList<>();
        boolean dropped = false;
        for (Record r : read.records()) {
            if (r instanceof Visit v && drop.test(v)) dropped = true;
            else kept.add(r);
        }
        if (!dropped) return read;
        if (read instanceof ParseOutcome.Incomplete i) {
            List<Gap> gaps =
                    i.gaps().stream().filter(g -> !(g.draft() instanceof Visit)).toList();
            if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(kept, gaps, i.saidNow());
        }
        boolean further = read instanceof ParseOutcome.Understood u && u.further();
        return kept.isEmpty()
                ? new ParseOutcome.NothingToRecord(read.saidNow())
                : new ParseOutcome.Understood(kept, further, read.saidNow());
    }
}

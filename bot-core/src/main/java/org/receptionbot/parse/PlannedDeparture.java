package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Plan;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "其他人8号走", "剩下的29号走": the whole delegation, or the rest of it, leaving on the day of its planned departure
 * (the event file's), with no time, part of the day or transport said, keeps the plan: the departure is the
 * planned one, with its time and transport, not a new one with no time.
 */
final class PlannedDeparture {
    private PlannedDeparture() {}

    static ParseOutcome keep(ParseOutcome outcome, Lexicon lexicon) {
        List<Record> records = null;
        for (int i = 0; i < outcome.records().size(); i++) {
            if (!(outcome.records().get(i) instanceof Departure d) || !bare(d)) continue;
            Plan plan = lexicon.event
                    .delegation(d.delegation())
                    .map(Delegation::departure)
                    .orElse(null);
            if (plan == null || !d.date().equals(plan.date()) || plan.count() != null || plan.time() == null) continue;
            if (records == null) records = new ArrayList<>(outcome.records());
            records.set(i, new Departure(d.delegation(), d.date(), plan.time(), null, plan.transport()));
        }
        return records == null ? outcome : outcome.withRecords(records);
    }

    /** The whole (or the rest of the) delegation leaving on a day, with nothing else said. */
    private static boolean bare(Departure d) {
        return d.delegation() != null
                && d.count() == null
                && d.time() == null
                && d.part() == null
                && d.transport() == null;
    }
}

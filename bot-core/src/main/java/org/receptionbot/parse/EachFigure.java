package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * "晚饭减少：湖南、湖北各少3人": delegations listed before 各 and one figure share it; a delegation of
 * the list left without its figure takes the figure the last one of the list was read with.
 * Applied after the rule families, on what they read.
 */
final class EachFigure {
    private EachFigure() {}

    static ParseOutcome complete(ParseOutcome outcome, String text) {
        int each = text.indexOf('各');
        if (each < 0 || !(outcome instanceof ParseOutcome.Incomplete in)) return outcome;
        List<Record> records = new ArrayList<>(in.records());
        List<Gap> gaps = new ArrayList<>(in.gaps());
        boolean changed = false;
        for (Gap g : in.gaps()) {
            if (g.missing() != Gap.Field.COUNT || !(g.draft() instanceof MealRecord open)) continue;
            if (open.delegation() == null || text.indexOf(g.statement()) > each) continue;
            MealRecord shared = sharing(records, open);
            if (shared == null) continue;
            MealRecord filled = open instanceof MealCancel
                    ? new MealCancel(open.delegation(), open.date(), open.meal(), ((MealCancel) shared).count())
                    : new MealAdd(open.delegation(), open.date(), open.meal(), ((MealAdd) shared).count());
            records.add(records.indexOf(shared), filled);
            gaps.remove(g);
            changed = true;
        }
        if (!changed) return outcome;
        return gaps.isEmpty() ? new ParseOutcome.Understood(records) : new ParseOutcome.Incomplete(records, gaps);
    }

    /** The record of the same kind, day and meal, with a figure, of the statement that holds 各. */
    private static MealRecord sharing(List<Record> records, MealRecord open) {
        for (Record r : records) {
            if (!(r instanceof MealRecord m) || m.getClass() != open.getClass()) continue;
            if (!m.meal().equals(open.meal()) || !m.date().equals(open.date())) continue;
            boolean counted = m instanceof MealCancel c ? c.count() != null : m instanceof MealAdd;
            if (counted && !m.delegation().equals(open.delegation())) return m;
        }
        return null;
    }
}

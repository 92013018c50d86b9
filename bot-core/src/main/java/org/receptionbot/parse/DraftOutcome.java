package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * The outcome of a message from its drafts ({@link Drafts}), once every clause is read: an old plan that a later draft
 * replaces, a meal that a later correction restates and an as-planned word beside a figure leave no record; an issue
 * with no delegation is the sender's (or the first one named); each record counts once, in the order first read; a
 * draft still missing a field is a question.
 */
final class DraftOutcome {
    private DraftOutcome() {}

    /**
     * The outcome of the drafts {@code all} (those it leaves out taken out of it), {@code issues} the issue drafts among
     * them; {@code sender} the sender's delegation, {@code named} the delegations the message names.
     */
    static ParseOutcome of(List<Draft> all, Collection<Draft> issues, String sender, List<String> named) {
        all.removeIf(d -> d.planned && replaced(d, all) || corrected(d, all));
        all.removeIf(d -> AsPlannedBesideFigure.restates(d, all));
        IssueTexts.own(all);
        for (Draft d : issues) if (d.team == null) d.team = named.isEmpty() ? sender : named.get(0);
        // Each record once, in the order first read: a message holds a few, compared by equals (no hashing).
        List<Record> records = new ArrayList<>(all.size());
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0, n = all.size(); i < n; i++) {
            Draft d = all.get(i);
            // 今天中午有十来个人提前走, 北海线加了十来个 (a coordinator, naming no one): no figure and no one to
            // give it to is no record beside the question, only the question.
            if (d.missing == Gap.Field.DELEGATION && d.vague && d.count == null) d.missing = Gap.Field.UNCLEAR;
            if (d.missing == null) {
                Record r = d.record();
                if (!records.contains(r)) records.add(r);
            } else gaps.add(d.gap());
        }
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(List.copyOf(records), gaps);
        if (records.isEmpty()) return new ParseOutcome.NothingToRecord();
        return new ParseOutcome.Understood(List.copyOf(records));
    }

    /** A meal draft that a later correction restates for the same delegation, day and meal. */
    private static boolean corrected(Draft d, List<Draft> all) {
        if (d.meal == null) return false;
        for (int i = all.indexOf(d) + 1; i < all.size(); i++) {
            Draft x = all.get(i);
            boolean same = x.meal != null && x.meal.equals(d.meal) && Objects.equals(x.team, d.team);
            if (x.corrects && same && Objects.equals(x.date, d.date)) return true;
        }
        return false;
    }

    /**
     * An old plan with a later draft of the same kind for the same delegation; for meals, any later meal draft
     * ("本来三顿都不吃 现在中午回来吃 26个": the new plan is the lunch's figure, the old cancellations no record).
     */
    private static boolean replaced(Draft planned, List<Draft> all) {
        for (int i = all.indexOf(planned) + 1; i < all.size(); i++) {
            Draft d = all.get(i);
            boolean kind = d.kind == planned.kind || isMeal(d.kind) && isMeal(planned.kind);
            if (!d.planned && kind && Objects.equals(d.team, planned.team)) return true;
        }
        return false;
    }

    private static boolean isMeal(Draft.Kind k) {
        return k == Draft.Kind.MEAL_COUNT || k == Draft.Kind.MEAL_CANCEL || k == Draft.Kind.MEAL_ADD;
    }
}

package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "明早走的6个要打包早餐", "明早先走的6个人 早饭打包": a meal asked packed for the part of a team that leaves is a
 * request to the kitchen (ISSUE MEAL) beside their departure, not the meal's count of the whole team. Portions
 * counted (打包6份) are read as the meal's figure and left to the chat side; a whole team leaving (no figure, or all
 * of it) packs its meal as its count.
 */
final class PackedForLeavers {
    private static final String PACKED = "打包";

    private PackedForLeavers() {}

    static ParseOutcome add(ParseOutcome outcome, List<Clause> clauses, Lexicon lexicon, String original) {
        if (outcome instanceof ParseOutcome.NothingToRecord || !original.contains(PACKED)) return outcome;
        List<Record> records = new ArrayList<>(outcome.records());
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        boolean changed = false;
        for (Record r : outcome.records())
            if (r instanceof Issue i && i.category() == IssueCategory.MEAL) return outcome;
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            if (!c.span().contains(PACKED) || c.span().contains("份") || !namesMeal(c, lexicon)) continue;
            Clause leaving =
                    c.has(Cue.DEPART) ? c : k > 0 && clauses.get(k - 1).has(Cue.DEPART) ? clauses.get(k - 1) : null;
            if (leaving == null) continue;
            Departure d = departureOf(records, leaving, lexicon);
            if (d == null) continue;
            String text = (leaving == c
                    ? c.words(original)
                    : original.substring(leaving.start, c.end).strip());
            // 早饭打包 after them: the meal packed for the leavers, no count of the whole team's.
            if (leaving != c)
                records.removeIf(x -> x instanceof MealCount m
                        && m.count() == null
                        && m.date().equals(d.date()));
            records.add(records.indexOf(d) + 1, new Issue(IssueCategory.MEAL, d.delegation(), text));
            // The meal left unread there is the one now asked packed.
            gaps.removeIf(g -> g.missing() == Gap.Field.UNCLEAR && g.draft() == null && text.contains(g.statement()));
            changed = true;
            break;
        }
        if (!changed) return outcome;
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(records, gaps, outcome.saidNow());
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(records, further, outcome.saidNow());
    }

    private static boolean namesMeal(Clause c, Lexicon lexicon) {
        return !c.all(Mention.Meals.class).isEmpty()
                || !MealWords.ofParts(c, lexicon).isEmpty();
    }

    /** The departure of a part of the team counted in {@code leaving}, or null. */
    private static Departure departureOf(List<Record> records, Clause leaving, Lexicon lexicon) {
        for (Record r : records) {
            if (!(r instanceof Departure d) || d.count() == null) continue;
            int size = lexicon.event
                    .delegation(d.delegation())
                    .map(Delegation::size)
                    .orElse(0);
            if (d.count() >= size) continue;
            for (Mention.Count n : leaving.all(Mention.Count.class)) if (n.value() == d.count()) return d;
        }
        return null;
    }
}

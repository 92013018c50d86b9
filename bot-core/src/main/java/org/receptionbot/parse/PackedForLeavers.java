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
 * counted (打包6份) and read as a meal's figure are left to the chat side; a whole team leaving (no figure, or all
 * of it) packs its meal as its count. With no meal's figure read, the portions said (有15个…回郑州 要打包15份早饭) are
 * the leavers' all the same; with none said, the leavers' figure is the portions, written beside the words.
 */
final class PackedForLeavers {
    private static final String PACKED = "打包";
    /** The packing called off or denied: 不用打包, 不打包了, 取消打包, 打包的取消. */
    private static final java.util.regex.Pattern CALLED_OFF =
            java.util.regex.Pattern.compile("不(?:用|要|需要)?打个?包|取消打包|打个?包的?(?:[早午中晚][餐饭]|早点)?(?:都|也|就)?(?:取消|不要|不用)");

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
            if (!c.span().contains(PACKED) || !namesMeal(c, lexicon) || c.question) continue;
            // 走的15个早饭不用打包: the packing called off is no order
            if (CALLED_OFF.matcher(c.span()).find()) continue;
            // 要打包15份早饭: portions read as a meal's figure are the chat side's; with none, they are the leavers'
            boolean portions = c.span().contains("份");
            if (portions && mealFigure(records)) continue;
            Clause leaving =
                    c.has(Cue.DEPART) ? c : k > 0 && clauses.get(k - 1).has(Cue.DEPART) ? clauses.get(k - 1) : null;
            if (leaving == null) continue;
            Departure d = departureOf(records, leaving, lexicon);
            if (d == null) continue;
            String said = (leaving == c
                    ? c.words(original)
                    : original.substring(leaving.start, c.end).strip());
            // 明早走的15个要打包早餐: the leavers' figure is the portions, said beside the words for the kitchen
            String text = portions ? said : said + "（打包" + d.count() + "份）";
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

    /** Whether a meal's figure was read: packed portions said beside it are the chat side's to place. */
    private static boolean mealFigure(List<Record> records) {
        for (Record r : records) if (r instanceof MealCount m && m.count() != null) return true;
        return false;
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

package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.RecordCodec;

/**
 * A statement that names a meal with a figure of its own ("晚上也三十一"), an estimate ("中午二十来个") or likens it to
 * another day ("中午人数跟昨天一样")
 * and that no rule read, in a message whose other statements gave records: the records stand and the statement
 * is asked about beside them ({@link Gap.Field#UNCLEAR}), so a meal left unread is never confirmed silently.
 */
final class UnreadMeals {
    /** Cues of a statement that reports nothing of now: talk, the past, a doubt, a notice. */
    private static final Cue[] QUIET = {
        Cue.NOTICE, Cue.PAST, Cue.TALK, Cue.UNSURE, Cue.UNDECIDED, Cue.DEFER, Cue.SOON, Cue.RESOLVED, Cue.SETTLED
    };

    private UnreadMeals() {}

    /**
     * {@code outcome} with a question about each of {@code quiet} (those of the message's {@code clauses} that gave no
     * draft) left unread.
     */
    static ParseOutcome ask(ParseOutcome outcome, List<Clause> clauses, List<Clause> quiet, Reading reading) {
        if (quiet.isEmpty() || outcome.records().isEmpty()) return outcome;
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        int before = gaps.size();
        for (Clause c : quiet) {
            String words = c.words(reading.original());
            // 晚上少4个 | 他们去看比赛: why the people of the change change it, nothing left unread.
            if (ChangeReasonAside.after(c, clauses)) continue;
            // 贵州中午45人 | 娃娃们都饿惨了😂: an aside after the meal's figure, left unread, is quoted back.
            if (MealAsides.asideAfter(c, clauses)) {
                gaps.add(Gap.restUnread(words.strip()));
                continue;
            }
            if (!unread(c, outcome, reading)) continue;
            boolean asked = false;
            for (Gap g : gaps) asked |= g.statement() != null && g.statement().contains(words);
            if (!asked) gaps.add(new Gap(Gap.Field.UNCLEAR, null, words));
        }
        if (gaps.size() == before) return outcome;
        return new ParseOutcome.Incomplete(outcome.records(), gaps, outcome.saidNow());
    }

    /** A meal with a figure no record took, or likened to another time, in a statement that is no talk. */
    static boolean unread(Clause c, ParseOutcome outcome, Reading reading) {
        if (c.question) return false;
        Lexicon lexicon = reading.lexicon();
        boolean meal = !c.all(Mention.Meals.class).isEmpty()
                || !MealWords.ofParts(c, lexicon).isEmpty();
        if (!meal) return false;
        // 明天早餐30个 有5个一早去赛场: people going somewhere at a part of the day, nothing said of eating, are
        // why the figure beside is what it is, no meal of their own.
        if (goingOnly(c) || PeopleAwayAtMeal.reason(c, outcome, lexicon)) return false;
        // 中午人数跟昨天一样: the day likened to is no past said.
        if (MealLikening.asAnotherTime(c, lexicon)) return true;
        for (Cue q : QUIET) if (c.has(q)) return false;
        // 中午二十来个 (晚上32): a meal's estimate is asked for its figure, unless the sender said it comes later.
        if (c.all(Mention.Count.class).isEmpty() && !c.all(Mention.Vague.class).isEmpty()) return !reading.defers();
        // 宁夏明早早饭 31个 哦 不对 | 有3个要赶早班车 28个: a figure the sender took back asks nothing.
        for (Mention.Count n : c.all(Mention.Count.class))
            if (!taken(n.value(), outcome) && !SelfCorrection.wrong(c, n)) return true;
        return c.all(Mention.Count.class).isEmpty() && numeralsApart(c);
    }

    private static boolean goingOnly(Clause c) {
        if (!c.all(Mention.Meals.class).isEmpty()) return false;
        for (Cue q : new Cue[] {Cue.EAT, Cue.CANCEL, Cue.FEWER, Cue.ADD, Cue.AS_PLANNED, Cue.HEADCOUNT})
            if (c.has(q)) return false;
        return c.has(Cue.DEPART) || c.span().contains("去");
    }

    /** Whether a record of the message carries the figure: the statement then completed another. */
    private static boolean taken(int figure, ParseOutcome outcome) {
        for (var r : outcome.records())
            if (RecordCodec.fields(r).get("count") instanceof Integer n && n == figure) return true;
        return false;
    }

    /** Two Chinese numerals or more in a row outside every mention ("也三十一" no rule took as a figure). */
    private static boolean numeralsApart(Clause c) {
        int run = 0;
        for (int i = c.start; i < c.end; i++) {
            boolean free = FigureMentions.isCn(c.text.charAt(i)) && !StatementSpans.insideMention(c.mentions, i);
            run = free ? run + 1 : 0;
            if (run >= 2) return true;
        }
        return false;
    }
}

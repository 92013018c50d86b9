package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * "午饭35人，晚饭一样", "晚饭同上 中午36个": a meal said to be the same as another takes the other
 * meal's report of the same message (both are recorded); when the message reports no other meal,
 * the figure is asked for. Applied after the rule families, on what they read.
 */
final class SameMeal {
    private static final Pattern SAME = Pattern.compile("也一样|一样|同上|也是|相同|照此");
    private final List<Record> records;
    private final List<Gap> gaps;
    private final SameMealMentions named;

    private SameMeal(ParseOutcome outcome, Lexicon lexicon) {
        this.named = new SameMealMentions(lexicon);
        this.records = new ArrayList<>(outcome.records());
        this.gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
    }

    /** @param sender the sender's delegation, or null */
    static ParseOutcome complete(
            ParseOutcome outcome,
            Lexicon lexicon,
            String text,
            List<Mention> mentions,
            LocalDate today,
            String sender) {
        if (text.contains("?") || text.contains("？") || text.contains("吗")) return outcome;
        // Every word of SAME holds one of these characters: no regex and no copies without them.
        if (!Spans.contains(text, "样同是此照按")) return outcome;
        SameMeal same = new SameMeal(outcome, lexicon);
        boolean changed = false;
        Matcher m = SAME.matcher(text);
        while (m.find()) {
            Mention.Meals meal = same.named.before(mentions, text, m.start());
            if (meal == null || figureAfter(text, m.end()) || otherDay(text, meal.end(), m.start())) continue;
            boolean filled = false;
            for (String id : meal.ids()) filled |= same.sameAs(id, null, text, sender, day(mentions, today));
            changed |= filled || same.stated(meal, m.end(), mentions);
            String word = m.group();
            if (changed)
                same.gaps.removeIf(
                        g -> g.missing() == Gap.Field.UNCLEAR && g.statement().contains(word));
        }
        // 晚饭同中午: a meal likened to another meal of the day named right after 同, with no word of sameness.
        String team = MealAsMeal.team(mentions, sender);
        for (MealAsMeal.Likened l : MealAsMeal.find(text, mentions, same.named::meals)) {
            if (figureAfter(text, l.end())) continue;
            boolean filled = false;
            for (String id : l.meal().ids())
                filled |= same.sameAs(id, l.to().ids().get(0), text, team, day(mentions, today));
            if (!filled) continue;
            changed = true;
            String said = text.substring(l.meal().start(), l.end());
            same.gaps.removeIf(
                    g -> g.missing() == Gap.Field.UNCLEAR && g.statement().contains(said));
        }
        if (!changed) return outcome;
        if (!same.gaps.isEmpty()) return new ParseOutcome.Incomplete(same.records, same.gaps);
        return new ParseOutcome.Understood(same.records);
    }

    /** Meal {@code id}, said to be the same, takes another meal's report or question; else its figure is asked for. */
    private boolean sameAs(String id, String likenedTo, String text, String sender, LocalDate date) {
        if (mentioned(records, gaps, id)) return false;
        MealRecord source = source(records, likenedTo != null && !likenedTo.equals(id) ? likenedTo : null, id);
        if (source != null) {
            records.add(as(source, id));
            return true;
        }
        for (Gap g : List.copyOf(gaps))
            if (g.draft() instanceof MealRecord mr
                    && mr.meal() != null
                    && !mr.meal().equals(id)) {
                gaps.add(new Gap(g.missing(), as(mr, id), g.statement()));
                return true;
            }
        gaps.add(ask(records, sender, date, id, text));
        return true;
    }

    /** "晚饭同上 中午36个": the figure read for the meal said to be the same is the next meal's too. */
    private boolean stated(Mention.Meals meal, int from, List<Mention> mentions) {
        MealRecord target = null;
        for (Record r : records) if (r instanceof MealRecord mr && meal.ids().contains(mr.meal())) target = mr;
        if (target == null) return false;
        for (Mention x : mentions) {
            Mention.Meals next = named.meals(x);
            if (next == null || next.start() < from) continue;
            boolean added = false;
            for (String id : next.ids())
                if (!mentioned(records, gaps, id)) {
                    records.add(as(target, id));
                    added = true;
                }
            return added;
        }
        return false;
    }

    /** "早饭跟昨天一样 中午26个": the meal is likened to another day's, not to the meal said next (it is asked). */
    private static boolean otherDay(String text, int from, int to) {
        String between = text.substring(Math.min(from, to), to);
        return between.contains("昨") || between.contains("前天") || between.contains("上次");
    }

    /** "晚饭也是40人": the figure follows, the rule families read it. */
    private static boolean figureAfter(String text, int at) {
        if (at >= text.length()) return false;
        char c = text.charAt(at);
        return Character.isDigit(c) || "一二两三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean mentioned(List<Record> records, List<Gap> gaps, String meal) {
        for (Record r : records) if (r instanceof MealRecord mr && mr.meal().equals(meal)) return true;
        for (Gap g : gaps) if (g.draft() instanceof MealRecord mr && meal.equals(mr.meal())) return true;
        return false;
    }

    /** The last report of meal {@code likened} in the message, or, when null, of any meal other than {@code meal}. */
    private static MealRecord source(List<Record> records, String likened, String meal) {
        MealRecord found = null;
        for (Record r : records)
            if (r instanceof MealRecord mr
                    && (likened == null ? !mr.meal().equals(meal) : mr.meal().equals(likened))) found = mr;
        return found;
    }

    private static MealRecord as(MealRecord r, String meal) {
        if (r instanceof MealAdd a) return new MealAdd(a.delegation(), a.date(), meal, a.count());
        if (r instanceof MealCancel c) return new MealCancel(c.delegation(), c.date(), meal, c.count());
        MealCount c = (MealCount) r;
        return new MealCount(c.delegation(), c.date(), meal, c.count());
    }

    /** The figure is asked for; with no delegation to put it on, the message is said to be unclear. */
    private static Gap ask(List<Record> records, String sender, LocalDate date, String meal, String text) {
        String delegation = sender;
        for (Record r : records)
            if (r instanceof MealRecord mr && mr.delegation() != null) delegation = mr.delegation();
        if (delegation == null) return new Gap(Gap.Field.UNCLEAR, null, text.strip());
        return new Gap(Gap.Field.COUNT, new MealCount(delegation, date, meal, null), text.strip());
    }

    private static LocalDate day(List<Mention> mentions, LocalDate today) {
        for (Mention x : mentions) if (x instanceof Mention.Day d) return d.date();
        return today;
    }
}

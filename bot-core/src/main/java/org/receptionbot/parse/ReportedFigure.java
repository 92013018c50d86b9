package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The figure a liaison reports for a meal said before it, in a clause of its own: "报38", "就报30", "报个26吧",
 * "按35报", "一共28人", "总共报个40" ("本来中午44人 现在有6个去训练了 报38", "中午有两个去医院复查 报34"). It is
 * the meal's count; the people given a reason before it (去训练, 去医院) are not.
 */
final class ReportedFigure {
    /** Words right before the figure that report it, longest first where one ends another. */
    private static final String[] BEFORE = {"总共报", "一共报", "就报", "报的是", "报", "一共", "总共", "合计", "共"};
    /** What may stand between such a word and the figure. */
    private static final String BETWEEN = " 个是的:：";
    /** What may open such a clause before its word. */
    private static final String OPENING = " ，,所以那就现在我们";
    /** What may end such a clause after its figure. */
    private static final String ENDING = " 个人位名吧啊呗哈呀。.！!";

    private ReportedFigure() {}

    /**
     * The figure the clause reports for the last statement's meals, or null: the clause names no meal, no
     * delegation, no other figure, and is its figure and the word that reports it.
     */
    static Integer after(Clause c, Draft last) {
        if (last == null || last.meal == null || !isMeal(last.kind)) return null;
        if (c.text.indexOf('报', c.start) < 0 && c.text.indexOf('共', c.start) < 0 && c.text.indexOf("合计", c.start) < 0)
            return null;
        Mention.Count n = figure(c);
        return n == null ? null : n.value();
    }

    /**
     * "中午有两个去医院复查 | 报34": a reported figure after no meal draft, for the one meal named before it in the
     * message: that meal's count (a meal draft of the statement just before, for the same meal, gives way to it).
     */
    static boolean take(Clause c, List<String> named, ClauseState state, Drafts drafts, MealRules meals) {
        if (named.size() != 1 || state.vehicle() != null) return false;
        Draft last = drafts.last();
        if (last != null && !isMeal(last.kind)) return false;
        Mention.Count n = figure(c);
        if (n == null) return false;
        if (last != null && isMeal(last.kind) && named.contains(last.meal)) drafts.dropLastStatement();
        meals.place(c, new MealReading(named, Draft.Kind.MEAL_COUNT, n.value(), false), state, drafts);
        return true;
    }

    /** The meals {@code c} names by a meal word or a part of the day, or {@code before} when it names none. */
    static List<String> named(Clause c, Lexicon lexicon, List<String> before) {
        List<String> ids = new ArrayList<>(1);
        // 晚上8点到 | 共28人: a part of the day said with a clock or a movement names no meal.
        boolean moves = !c.all(Mention.Clock.class).isEmpty() || c.has(Cue.DEPART) || c.has(Cue.ARRIVE);
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Meals x) {
                for (String id : x.ids()) if (!ids.contains(id)) ids.add(id);
            } else if (m instanceof Mention.Part p && !moves) {
                String id = lexicon.mealOf(p.part());
                if (id != null && !ids.contains(id)) ids.add(id);
            }
        }
        return ids.isEmpty() ? before : ids;
    }

    /**
     * Whether a figure reported opens at {@code at}, right after a space ("…去训练了 报38", "… 按35报",
     * "… 一共28人"): the space before it ends the statement.
     */
    static boolean opens(String text, int at, List<Mention> mentions) {
        if (at >= text.length() || "报就按一总合共".indexOf(text.charAt(at)) < 0) return false;
        for (Mention m : mentions) {
            if (m.start() < at) continue;
            if (!(m instanceof Mention.Count n) || n.start() - at > 5) return false;
            String between = text.substring(at, n.start());
            if (between.equals("按"))
                return n.end() < text.length()
                        && text.indexOf('报', n.end()) >= 0
                        && text.indexOf('报', n.end()) <= n.end() + 2;
            int i = n.start();
            while (i > at && BETWEEN.indexOf(text.charAt(i - 1)) >= 0) i--;
            String word = text.substring(at, i);
            for (String w : BEFORE) if (word.equals(w)) return true;
            return word.equals("报个") || word.equals("就报个") || word.equals("就按");
        }
        return false;
    }

    /**
     * The clause's figure when the clause is only that figure reported: it opens with the word that reports it
     * (after 所以, 那, 就, 现在), names no meal, part of the day, day or delegation, and ends on the figure.
     */
    private static Mention.Count figure(Clause c) {
        if (c.mentions.size() != 1
                || !(c.mentions.get(0) instanceof Mention.Count n)
                || !c.teams().isEmpty()) return null;
        int from = c.start;
        while (from < n.start() && OPENING.indexOf(c.text.charAt(from)) >= 0) from++;
        if (!opens(c.text, from, c.mentions)) return null;
        int e = n.end();
        while (e < c.end && ENDING.indexOf(c.text.charAt(e)) >= 0) e++;
        return e == c.end || reportedAs(c, n) ? n : null;
    }

    private static boolean isMeal(Draft.Kind k) {
        return k == Draft.Kind.MEAL_COUNT || k == Draft.Kind.MEAL_CANCEL || k == Draft.Kind.MEAL_ADD;
    }

    private static boolean saidAfterWord(Clause c, int at) {
        int i = at;
        while (i > c.start && BETWEEN.indexOf(c.text.charAt(i - 1)) >= 0) i--;
        for (String w : BEFORE) if (i - w.length() >= c.start && c.text.startsWith(w, i - w.length())) return true;
        return false;
    }

    /** Whether the words from {@code from} end at {@code at} with a figure reported as (按30报, 按35个报). */
    static boolean reportedAsEnds(String text, int from, int at, List<Mention> mentions) {
        if (at < 3 || text.charAt(at - 1) != '报') return false;
        Mention last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at) last = m;
        if (!(last instanceof Mention.Count n) || n.start() == 0 || text.charAt(n.start() - 1) != '按') return false;
        for (int i = n.end(); i < at - 1; i++) if (" 个人份".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /** 按35报, 按35个报. */
    private static boolean reportedAs(Clause c, Mention.Count n) {
        int b = n.start();
        if (b <= c.start || c.text.charAt(b - 1) != '按') return false;
        int e = n.end();
        while (e < c.end && " 个人".indexOf(c.text.charAt(e)) >= 0) e++;
        return e < c.end && c.text.charAt(e) == '报';
    }
}

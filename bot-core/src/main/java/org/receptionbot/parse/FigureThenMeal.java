package org.receptionbot.parse;

import java.util.List;

/**
 * "福建32 中午 | 晚上不吃了", "浙江30 中午 | 晚上25": a meal word alone right after a figure said with no meal is that
 * figure's meal; another meal said next with its own change or figure is a statement of its own, at the space between
 * them ({@link SpaceBreaks}). Read as one, both meals would be cancelled and the figure left with no meal. With 都 or 也
 * after the next meal (中午 晚上都不吃了) both meals may be meant: they stay one statement.
 */
final class FigureThenMeal {
    private static final String BOTH = "都也";

    private FigureThenMeal() {}

    /** Whether the space at {@code at} ends the meal word alone in {@code [from, at)} that follows a figure with no meal. */
    static boolean endsAt(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        return mealAlone(text, from, at, mentions)
                && figureWithoutMealBefore(text, from, mentions)
                && ownStatementAfter(text, at + 1, mentions, hits);
    }

    /** The stretch is one meal word or meal's part of the day, nothing else. */
    private static boolean mealAlone(String text, int from, int at, List<Mention> mentions) {
        Mention meal = null;
        for (Mention m : mentions) {
            if (m.end() <= from || m.start() >= at) continue;
            if (meal != null || !meal(m)) return false;
            meal = m;
        }
        return meal != null && text.substring(from, at).strip().length() == meal.end() - meal.start();
    }

    /** Right before {@code from}, past a space, a statement that ends on a figure and names no meal. */
    private static boolean figureWithoutMealBefore(String text, int from, List<Mention> mentions) {
        if (from < 1 || text.charAt(from - 1) != ' ') return false;
        int end = from - 1;
        int start = end;
        while (start > 0 && Clause.SEPARATORS.indexOf(text.charAt(start - 1)) < 0) start--;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < start || m.end() > end) continue;
            if (m instanceof Mention.Meals || m instanceof Mention.Part || m instanceof Mention.Clock) return false;
            last = m;
        }
        return last instanceof Mention.Count && text.substring(last.end(), end).isBlank();
    }

    /** At {@code at}, a meal with a change (a cancel, fewer, more) or a figure of its own, and no 都/也. */
    private static boolean ownStatementAfter(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        boolean opens = false;
        boolean figure = false;
        for (Mention m : mentions) {
            if (m.start() == at && meal(m)) opens = true;
            if (m.start() > at && m.end() <= end && m instanceof Mention.Count) figure = true;
        }
        if (!opens) return false;
        for (int i = at; i < end; i++) if (BOTH.indexOf(text.charAt(i)) >= 0) return false;
        boolean change = StatementSpans.holds(at, end, hits, Cue.CANCEL)
                || StatementSpans.holds(at, end, hits, Cue.FEWER)
                || StatementSpans.holds(at, end, hits, Cue.ADD);
        return change || figure;
    }

    private static boolean meal(Mention m) {
        return m instanceof Mention.Meals
                || m instanceof Mention.Part p
                        && (p.part() == DayPart.MORNING || p.part() == DayPart.NOON || p.part() == DayPart.EVENING);
    }
}

package org.receptionbot.parse;

import java.util.List;

/** Which figure of a clause belongs to its meal: a figure belongs to the meal it follows. */
final class MealFigure {

    private MealFigure() {}

    /**
     * "有6个在外面看比赛 宵夜还是要10份": with people said before the one meal named, the figure after
     * the meal is its figure; otherwise {@code n}.
     */
    static Integer afterMeal(Clause c, Integer n) {
        List<Mention.Meals> named = c.current(Mention.Meals.class);
        if (n == null || named.size() != 1 || !c.current(Mention.Part.class).isEmpty()) return n;
        int mealAt = named.get(0).start();
        Mention.Count before = null;
        Mention.Count after = null;
        for (Mention.Count m : c.current(Mention.Count.class)) {
            if (m.end() <= mealAt && m.value() == n) before = m;
            if (m.start() >= named.get(0).end() && after == null) after = m;
        }
        return before != null && after != null && after.unit() ? after.value() : n;
    }

    /**
     * "晚上是40个人 然后宵夜嗯": a figure right after a part of the day, with a meal named only after it
     * and no figure of its own, is the figure of that part's meal; null when the clause is not so.
     */
    static String partBeforeMeal(Clause c, Lexicon lexicon) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        List<Mention.Part> parts = c.current(Mention.Part.class);
        List<Mention.Meals> named = c.current(Mention.Meals.class);
        if (counts.size() != 1 || parts.size() != 1 || named.isEmpty()) return null;
        Mention.Count n = counts.get(0);
        Mention.Part p = parts.get(0);
        if (p.end() > n.start() || named.get(0).start() < n.end()) return null;
        String between = c.text.substring(p.end(), n.start()).replace(" ", "");
        if (!between.isEmpty() && !between.equals("是")) return null;
        if (endsOnMeal(c, n, named.get(0))) return null;
        String meal = lexicon.mealOf(p.part());
        return meal != null && !named.get(0).ids().contains(meal) ? meal : null;
    }

    /**
     * "晚上8个人宵夜", "晚上12个人吃夜宵": a meal named right after the figure that ends the clause is the meal
     * the figure is for; the part of the day before is only its time.
     */
    private static boolean endsOnMeal(Clause c, Mention.Count n, Mention.Meals meal) {
        for (int i = n.end(); i < meal.start(); i++) if (" 吃的".indexOf(c.text.charAt(i)) < 0) return false;
        for (int i = meal.end(); i < c.end; i++) if ("吧了啊呀呢的。，,.!！ ".indexOf(c.text.charAt(i)) < 0) return false;
        return true;
    }

    /**
     * "7. 新疆 40 不对是42", "3. 河北 36 不对 说错了 34": a list line whose figure is taken back and said again is bare all
     * the same; correction words said one after another (不对 说错了) are one taking back.
     */
    static boolean bareCorrected(Clause c) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        return counts.size() == 2
                && c.has(Cue.CORRECTION)
                && Filler.leftOver(c, c.at(Cue.CORRECTION), correctionEnd(c)) <= 1
                && SelfCorrection.wrong(c, counts.get(0));
    }

    /** Where the correction words that follow the clause's first one with only spaces between them end. */
    private static int correctionEnd(Clause c) {
        int end = c.endOf(Cue.CORRECTION);
        for (CueTable.Hit h : c.cues.hits) {
            if (h.cue() != Cue.CORRECTION || h.start() < end || h.end() > c.end) continue;
            if (!c.text.substring(end, h.start()).isBlank()) break;
            end = h.end();
        }
        return end;
    }
}

package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;

/**
 * "新疆47 中午晚上都是", "西藏30 午饭晚饭都一样", "安徽29个 今天午饭": a delegation's figure said first, and the meals it
 * is for said after it in a statement of their own, with no figure, delegation or change of their own. The figure
 * left without a meal takes those meals; several meals need 都 or 一样 over them.
 */
final class MealsAfterFigure {
    private MealsAfterFigure() {}

    static void apply(List<Clause> clauses, Drafts drafts, MealRules rules, Reading reading) {
        Draft open = null;
        for (Draft d : drafts.since(0)) {
            if (d.kind == Draft.Kind.MEAL_COUNT && d.missing == Gap.Field.MEAL && d.count != null && d.team != null) {
                if (open != null) return;
                open = d;
            } else if (d.kind != Draft.Kind.ISSUE) return;
        }
        if (clauses.size() < 2) return;
        Clause last = clauses.get(clauses.size() - 1);
        if (!bareMeals(last)) return;
        // 安徽29个 今天午饭: a delegation and its figure of people alone, read as nothing yet.
        if (open == null && drafts.size() == 0 && clauses.size() == 2)
            open = figureAlone(clauses.get(0), drafts, reading);
        if (open == null) return;
        List<String> meals = rules.meant(last);
        if (meals.isEmpty()) meals = rules.ofParts(last);
        if (meals.isEmpty()) return;
        String words = last.span();
        if (meals.size() > 1 && !(words.contains("都") || words.contains("一样"))) return;
        List<Mention.Day> days = last.current(Mention.Day.class);
        List<Draft> each = new ArrayList<>(List.of(open));
        for (int i = 1; i < meals.size(); i++) each.add(drafts.copy(open));
        for (int i = 0; i < meals.size(); i++) {
            Draft d = each.get(i);
            String id = meals.get(i);
            d.meal = id;
            LocalDate day = !days.isEmpty() ? days.get(0).date() : null;
            d.date = day != null ? day : reading.lexicon().nextServing(id, reading.now());
            d.missing = null;
        }
    }

    /** A draft for a statement of one delegation (or the sender's) and one figure and nothing else, or null. */
    private static Draft figureAlone(Clause c, Drafts drafts, Reading reading) {
        Mention.Count figure = figureAlone(c);
        List<String> teams = c.teams();
        String team = teams.size() == 1 ? teams.get(0) : teams.isEmpty() ? reading.sender() : null;
        if (figure == null || team == null) return null;
        Draft d = drafts.add(Draft.Kind.MEAL_COUNT, c, reading.original());
        d.team = team;
        d.count = figure.value();
        d.missing = Gap.Field.MEAL;
        return d;
    }

    /**
     * The one figure of a statement that says nothing but it, a delegation and units ("山西28个", "我们28人"); null when
     * the statement says more or asks.
     */
    static Mention.Count figureAlone(Clause c) {
        Mention.Count figure = null;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Count n && figure == null) figure = n;
            else if (!(m instanceof Mention.Team)) return null;
        }
        return figure == null || c.question || !only(c, FIGURE_BESIDE) ? null : figure;
    }

    /** Meals, parts of the day and days only: no figure, delegation, vehicle or change. */
    private static boolean bareMeals(Clause c) {
        if (!c.teams().isEmpty() || c.question) return false;
        for (Mention m : c.mentions)
            if (!(m instanceof Mention.Meals || m instanceof Mention.Part || m instanceof Mention.Day)) return false;
        return only(c, MEALS_BESIDE);
    }

    /** What may stand beside the meals: 都是, 一样, 和, 的, marks. */
    private static final String MEALS_BESIDE = "都是一样的和跟也按这个数 ，,、。.!！~";
    /** What may stand beside the delegation and its figure: units and marks. */
    private static final String FIGURE_BESIDE = "个人位名的 ，,。.";

    /** Whether the clause says nothing but its mentions and characters of {@code beside}. */
    private static boolean only(Clause c, String beside) {
        boolean[] said = new boolean[c.end - c.start];
        for (Mention m : c.mentions)
            for (int i = Math.max(m.start(), c.start); i < Math.min(m.end(), c.end); i++) said[i - c.start] = true;
        for (int i = c.start; i < c.end; i++)
            if (!said[i - c.start] && beside.indexOf(c.text.charAt(i)) < 0) return false;
        return true;
    }
}

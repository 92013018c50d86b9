package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * Figures left beside the meals recorded, that the sender must be asked about rather than passed over:
 *
 * <ul>
 *   <li>"陕西早上30 中午32个 晚上不确定 估计35左右", "湖北中午56 晚上还不好说 估计50个左右": a meal said unsure, then an
 *       estimate in the next statement. The estimate is no figure (nothing is recorded for that meal), and the exact
 *       figure is asked.
 *   <li>"山东中午41晚上38明天38", "陕西中午33 晚上33 明天33": after meals' figures, a day with a bare figure and no meal
 *       of its own. Which of the day's meals it is for is asked.
 * </ul>
 *
 * Each is asked as the part of the message left unread ({@link Gap#restUnread}), beside the records read.
 */
final class LeftFigureAsks {
    private static final Pattern UNSURE = Pattern.compile("不确定|不好说|没定|说不准|不一定|不清楚|待定");
    private static final Pattern GUESS = Pattern.compile("估计|预计|大概|大约|约|左右|上下|差不多|可能");

    private static final Pattern FIGURE = Pattern.compile("[0-9一二两三四五六七八九十]");
    private static final Pattern MEAL_WORD = Pattern.compile("早上|早饭|早餐|中午|午饭|午餐|中饭|晚上|晚饭|晚餐|宵夜|夜宵");

    private LeftFigureAsks() {}

    /** The words from the last meal word before the unsure remark: "晚上不确定 估计35左右" of "中午32个 晚上不确定…". */
    private static String unsureFrom(String words) {
        var unsure = UNSURE.matcher(words);
        int at = unsure.find() ? unsure.start() : 0;
        var meal = MEAL_WORD.matcher(words);
        int from = 0;
        while (meal.find() && meal.start() < at) from = meal.start();
        return words.substring(from).strip();
    }

    static ParseOutcome ask(ParseOutcome outcome, List<Clause> clauses, String text, String original) {
        if (outcome.records().isEmpty()) return outcome;
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        int before = gaps.size();
        boolean figureBefore = false;
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            boolean meal = !c.all(Mention.Meals.class).isEmpty()
                    || !c.all(Mention.Part.class).isEmpty();
            boolean figure = !c.all(Mention.Count.class).isEmpty()
                    || !c.all(Mention.Vague.class).isEmpty();
            String words = c.words(original);
            if (k > 0
                    && figure
                    && !meal
                    && c.all(Mention.Day.class).isEmpty()
                    && GUESS.matcher(words).find()) {
                Clause prior = clauses.get(k - 1);
                String priorWords = prior.words(original);
                boolean priorMeal = !prior.all(Mention.Meals.class).isEmpty()
                        || !prior.all(Mention.Part.class).isEmpty();
                if (priorMeal
                        && prior.all(Mention.Count.class).isEmpty()
                        && mayBeUnsure(priorWords)
                        && UNSURE.matcher(priorWords).find())
                    add(gaps, original.substring(prior.start, c.end).strip());
            }
            // 晚上不确定 估计35左右 read as one statement: unsure and estimated, with a figure.
            if (meal
                    && mayBeUnsure(words)
                    && UNSURE.matcher(words).find()
                    && GUESS.matcher(words).find()
                    && FIGURE.matcher(words).find()) add(gaps, unsureFrom(words));
            if (figureBefore && !meal && dayFigureOnly(c, text)) add(gaps, words);
            figureBefore |= meal && figure;
        }
        if (gaps.size() == before) return outcome;
        return new ParseOutcome.Incomplete(outcome.records(), gaps, outcome.saidNow());
    }

    /** Every match of UNSURE holds 不 or 定: words with neither need no regex. */
    private static boolean mayBeUnsure(String words) {
        return words.indexOf('不') >= 0 || words.indexOf('定') >= 0;
    }

    /** "明天38", "明天也46", "明天的29个": the clause is a day and a bare figure, nothing else. */
    private static boolean dayFigureOnly(Clause c, String text) {
        List<Mention.Day> days = c.all(Mention.Day.class);
        if (days.size() != 1 || c.mentions.size() != 2) return false;
        Mention.Day day = days.get(0);
        return day == c.mentions.get(0) && DayFigure.at(text, day.start(), c.mentions);
    }

    private static void add(List<Gap> gaps, String statement) {
        for (Gap g : gaps) if (g.statement() != null && g.statement().contains(statement)) return;
        gaps.add(Gap.restUnread(statement));
    }
}

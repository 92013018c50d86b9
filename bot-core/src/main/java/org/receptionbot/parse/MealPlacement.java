package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.receptionbot.message.Gap;

/** Places a meal statement: one draft per delegation and meal, each meal on its day. */
final class MealPlacement {

    private final Reading reading;

    MealPlacement(Reading reading) {
        this.reading = reading;
    }

    /** One draft per delegation and meal of the statement. */
    void place(Clause c, MealReading meal, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        // 晚饭有8个人下午先走 其余的明早走 晚饭取消8人: the meal named again keeps the day it was first said for.
        boolean again =
                state.restAside() && !meal.meals().isEmpty() && state.meals().containsAll(meal.meals());
        LocalDate day = !days.isEmpty() ? days.get(0).date() : again ? state.mealDate() : state.date();
        if (days.isEmpty() && !again && tonightBeforeBreakfast(meal, state)) day = null;
        // 河南中午报错了 应该是7个 (after lunch): the meal reported wrong is today's, not the next one served
        if (days.isEmpty() && !again && ReportedWrong.said(c)) day = reading.today();
        List<String> ms = meal.meals().isEmpty() ? Collections.singletonList(null) : meal.meals();
        // 昨天报的今天晚饭30人不对: each meal takes its own day; a meal of a past day is no report.
        boolean past = day != null && day.isBefore(reading.today());
        if (past && days.size() > 1 && ms.get(0) != null)
            past = dayOf(c, ms.get(0), days).isBefore(reading.today());
        if (past) return;
        List<MealDays.Serving> servings = servings(c, meal, ms, days, day, again ? state.mealDate() : state.date());
        for (String team : reading.who(c, state)) {
            for (MealDays.Serving s : servings) {
                String id = s.meal();
                Draft d = drafts.add(meal.kind(), c, reading.original());
                d.team = team;
                d.meal = id;
                LocalDate own = s.date();
                d.date =
                        id == null ? own : own != null ? own : reading.lexicon().nextServing(id, reading.now());
                d.count = s.index() < 0 ? meal.count() : meal.countOf(s.index());
                d.asPlanned = meal.asPlanned() || meal.each() != null && d.count == null;
                d.restated = c.has(Cue.CHANGE) || c.has(Cue.CORRECTION) || Figures.takenBack(c);
                boolean noFigure = d.count == null && !meal.whole() && !d.asPlanned;
                // 明天午饭有二十几个人 from a coordinator: neither who nor how many, no record with a made-up figure.
                if (team == null) d.missing = id != null && noFigure ? Gap.Field.UNCLEAR : Gap.Field.DELEGATION;
                else if (id == null) d.missing = Gap.Field.MEAL;
                else if (noFigure) d.missing = Gap.Field.COUNT;
            }
        }
    }

    /**
     * "晚上27 明早27 宵夜要5份": tomorrow said only for its breakfast does not carry to a late-night meal after it;
     * tonight's late night comes before that breakfast, so the late night is the next one served.
     */
    private boolean tonightBeforeBreakfast(MealReading meal, ClauseState state) {
        Lexicon lexicon = reading.lexicon();
        String late = lexicon.lateMeal;
        return late != null
                && lexicon.morningMeal != null
                && meal.meals().equals(List.of(late))
                && state.meals().equals(List.of(lexicon.morningMeal))
                && reading.today().plusDays(1).equals(state.date())
                && reading.today().equals(lexicon.nextServing(late, reading.now()));
    }

    /**
     * Each meal of the statement with its day; with several days, as the clause pairs them; with one day said after a
     * meal and before another (晚饭和明早都不吃), the meal before it keeps the day said before the clause, or none.
     */
    private List<MealDays.Serving> servings(
            Clause c, MealReading meal, List<String> ms, List<Mention.Day> days, LocalDate day, LocalDate before) {
        if (days.size() == 1 && ms.size() > 1 && ms.get(0) != null && meal.each() == null) {
            List<MealDays.Serving> out = new ArrayList<>(ms.size());
            int dayAt = days.get(0).start();
            boolean earlier = false;
            boolean later = false;
            for (String id : ms) {
                boolean first = namedAt(c, id) < dayAt;
                earlier |= first;
                later |= !first;
            }
            if (earlier && later) {
                for (int i = 0; i < ms.size(); i++)
                    out.add(new MealDays.Serving(ms.get(i), namedAt(c, ms.get(i)) < dayAt ? before : day, i));
                return out;
            }
        }
        boolean several = days.size() > 1 && ms.get(0) != null;
        List<MealDays.Serving> out = several && meal.each() == null
                ? MealDays.of(c, ms, days, reading.lexicon())
                : new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            String id = ms.get(i);
            boolean placed = false;
            for (MealDays.Serving s : out) placed |= s.index() == i;
            if (!placed) out.add(new MealDays.Serving(id, several ? dayOf(c, id, days) : day, i));
        }
        return out;
    }

    /** With several days in one clause ("今天晚饭和明天早饭"), a meal takes the day said before it. */
    private LocalDate dayOf(Clause c, String meal, List<Mention.Day> days) {
        int at = namedAt(c, meal);
        LocalDate found = days.get(0).date();
        for (Mention.Day d : days) if (d.start() <= at) found = d.date();
        return found;
    }

    /** Where the clause first names {@code meal}, by its word or its part of the day; -1 when it does not. */
    private int namedAt(Clause c, String meal) {
        for (Mention m : c.mentions) {
            boolean names = m instanceof Mention.Meals ms && ms.ids().contains(meal)
                    || m instanceof Mention.Part p
                            && meal.equals(reading.lexicon().mealOf(p.part()));
            if (names) return m.start();
        }
        return -1;
    }
}

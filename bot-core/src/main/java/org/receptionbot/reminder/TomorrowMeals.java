package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.RecordText;

/** The meal lines of the coordinators' evening briefing about the day after: the counts and the packed portions. */
final class TomorrowMeals {
    private final Event event;
    private final MealBoards meals;
    private final RecordText texts;

    TomorrowMeals(Event event, MealBoards meals, RecordText texts) {
        this.event = event;
        this.meals = meals;
        this.texts = texts;
    }

    /**
     * The day's breakfast count (with the teams not reported and the reports held), and after the last day the other
     * meals someone still eats; each line ends with a line break.
     */
    String counts(LocalDate day, Instant now) {
        StringBuilder s = new StringBuilder();
        Meal breakfast = event.meals().get(0);
        MealBoard first = meals.board(day, breakfast, now);
        s.append(breakfast.label()).append("：").append(first.total()).append("人");
        if (!first.notReported().isEmpty())
            s.append("（")
                    .append(first.notReported().size())
                    .append("个团未报，")
                    .append(MealBoardText.assumed(breakfast))
                    .append("）");
        if (!first.held().isEmpty()) s.append("（另有").append(first.held().size()).append("条报告待确认，未计入）");
        s.append('\n');
        return s.append(lastMeals(day, now)).toString();
    }

    /**
     * On the evening of the last day, the morning after's other meals that someone still eats ("午餐：45人"): only the
     * teams leaving after them are counted then.
     */
    private String lastMeals(LocalDate day, Instant now) {
        if (event.covers(day)) return "";
        StringBuilder s = new StringBuilder();
        for (Meal meal : event.meals().subList(1, event.meals().size())) {
            int total = meals.board(day, meal, now).total();
            if (total > 0) s.append(meal.label()).append("：").append(total).append("人\n");
        }
        return s.toString();
    }

    /**
     * The day's packed portions, a line for each meal that has some ("早餐打包（共20份）：上海市代表团 20份（7点前）"): the
     * coordinators see what the caterer packs, and by when, beside the count. Empty when none is packed.
     */
    String packed(LocalDate day) {
        StringBuilder s = new StringBuilder();
        for (Meal meal : event.meals()) {
            String listed = PackedOrder.listed(meals.packed(day, meal), texts);
            if (!listed.isEmpty()) s.append(meal.label()).append(listed).append('\n');
        }
        return s.toString();
    }
}

package org.receptionbot.record;

import java.time.LocalDate;

/**
 * The delegation will have {@code count} diners at that meal: an absolute figure. A null count
 * means "as planned" ("三餐照常", "中午按原计划"): all of its people who are there; it is a report
 * all the same.
 */
public record MealCount(String delegation, LocalDate date, String meal, Integer count) implements MealRecord {

    @Override
    public String type() {
        return "MEAL_COUNT";
    }

    /** True for "as planned": the delegation's people who are there, whatever the figure was. */
    public boolean asPlanned() {
        return count == null;
    }

    @Override
    public MealCount withDelegation(String delegation) {
        return new MealCount(delegation, date, meal, count);
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.mealCount(this);
    }
}

package org.receptionbot.record;

import java.time.LocalDate;

/** {@code count} more diners at that meal. */
public record MealAdd(String delegation, LocalDate date, String meal, int count) implements MealRecord {

    @Override
    public String type() {
        return "MEAL_ADD";
    }

    @Override
    public MealAdd withDelegation(String delegation) {
        return new MealAdd(delegation, date, meal, count);
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.mealAdd(this);
    }
}

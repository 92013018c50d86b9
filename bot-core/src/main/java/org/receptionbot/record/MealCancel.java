package org.receptionbot.record;

import java.time.LocalDate;

/**
 * {@code count} fewer diners at that meal; a null count means the whole delegation will not eat
 * there.
 */
public record MealCancel(String delegation, LocalDate date, String meal, Integer count) implements MealRecord {

    @Override
    public String type() {
        return "MEAL_CANCEL";
    }

    public boolean wholeDelegation() {
        return count == null;
    }

    @Override
    public MealCancel withDelegation(String delegation) {
        return new MealCancel(delegation, date, meal, count);
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.mealCancel(this);
    }
}

package org.receptionbot.record;

import java.time.LocalDate;

/** The delegation will have {@code count} diners at that meal: an absolute figure. */
public record MealCount(String delegation, LocalDate date, String meal, int count) implements MealRecord {

    @Override
    public String type() {
        return "MEAL_COUNT";
    }

    @Override
    public MealCount withDelegation(String delegation) {
        return new MealCount(delegation, date, meal, count);
    }
}

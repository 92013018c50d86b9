package org.receptionbot.record;

/**
 * Something done to each kind of record. A new kind of record must accept a visitor, so it adds a
 * method here, and the compiler then names every visitor that does not yet handle it.
 */
public interface RecordVisitor<T> {
    T mealCount(MealCount r);

    T mealCancel(MealCancel r);

    T mealAdd(MealAdd r);

    T arrival(Arrival r);

    T departure(Departure r);

    T headcount(Headcount r);

    T issue(Issue r);

    T visit(Visit r);

    T visitChange(VisitChange r);
}

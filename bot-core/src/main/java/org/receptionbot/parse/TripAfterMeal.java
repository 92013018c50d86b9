package org.receptionbot.parse;

/**
 * "明天早点出发去车站 早饭不吃了 全团26人坐G1722 8点10分": a departure said first, the meal it makes them
 * miss, then the trip's people, train and time; those details are the departure's, not the meal's.
 */
final class TripAfterMeal {
    private TripAfterMeal() {}

    /**
     * The draft a clause of details completes: the last draft, or the movement before a cancelled meal
     * when the clause gives it a train or a time it lacks and names no meal or delegation of its own.
     */
    static Draft movement(Clause c, Drafts drafts) {
        Draft last = drafts.last();
        if (last == null || last.kind != Draft.Kind.MEAL_CANCEL) return last;
        if (!c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || !c.teams().isEmpty()) return last;
        Draft move = drafts.lastMovement();
        if (move == null || move.kind != Draft.Kind.DEPARTURE || !same(move, last)) return last;
        boolean transport = move.transport == null && Figures.transport(c) != null;
        boolean time = move.time == null && !c.all(Mention.Clock.class).isEmpty();
        return transport || time ? move : last;
    }

    private static boolean same(Draft move, Draft meal) {
        return java.util.Objects.equals(move.team, meal.team) && java.util.Objects.equals(move.date, meal.date);
    }
}

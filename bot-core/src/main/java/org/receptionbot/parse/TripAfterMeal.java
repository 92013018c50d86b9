package org.receptionbot.parse;

/**
 * "明天早点出发去车站 早饭不吃了 全团26人坐G1722 8点10分": a departure said first, the meal it makes them
 * miss, then the trip's people, train and time; those details are the departure's, not the meal's. So with a meal
 * eaten first ("云南6人 午饭在山庄吃完再走 下午2点45的KY8250").
 */
final class TripAfterMeal {
    private TripAfterMeal() {}

    /**
     * The draft a clause of details completes: the last draft, or the movement before a cancelled meal (or before a
     * meal eaten first, read from the movement's own statement) when the clause gives it a train or a time it lacks
     * and names no meal or delegation of its own.
     */
    static Draft movement(Clause c, Drafts drafts) {
        Draft last = drafts.last();
        if (last == null) return null;
        // 云南6人 午饭在山庄吃完再走 (下午2点45的KY8250): the meal eaten before leaving, read from the departure's own
        // statement, leaves the departure to complete.
        Draft move = drafts.lastMovement();
        boolean eatenFirst =
                last.kind == Draft.Kind.MEAL_COUNT && move != null && move.statement.equals(last.statement);
        if (last.kind != Draft.Kind.MEAL_CANCEL && !eatenFirst) return last;
        // 下午2点45的KY8250: a part of the day with its clock time names no meal.
        boolean part = !c.all(Mention.Part.class).isEmpty()
                && (!eatenFirst || c.all(Mention.Clock.class).isEmpty());
        if (!c.all(Mention.Meals.class).isEmpty() || part || !c.teams().isEmpty()) return last;
        if (move == null || move.kind != Draft.Kind.DEPARTURE || !same(move, last)) return last;
        boolean transport = move.transport == null && Figures.transport(c) != null;
        boolean time = move.time == null && !c.all(Mention.Clock.class).isEmpty();
        return transport || time ? move : last;
    }

    /**
     * "明天早上7点全团走 早饭打包带走 44人 (坐大巴去机场)": the departure a clause of how the team leaves goes on, past the
     * meal packed for it: the last draft, or the departure before a meal of its team and day when the clause names no
     * day, time, figure, meal or delegation of its own.
     */
    static Draft leaving(Clause c, Drafts drafts) {
        Draft last = drafts.last();
        Draft move = drafts.lastMovement();
        if (last == null || last.kind != Draft.Kind.MEAL_COUNT || move == null || move.kind != Draft.Kind.DEPARTURE)
            return last;
        if (!same(move, last) || !c.teams().isEmpty()) return last;
        if (!c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || Figures.people(c) != null) return last;
        return move;
    }

    private static boolean same(Draft move, Draft meal) {
        return java.util.Objects.equals(move.team, meal.team) && java.util.Objects.equals(move.date, meal.date);
    }
}

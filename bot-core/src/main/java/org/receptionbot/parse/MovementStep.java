package org.receptionbot.parse;

/** The movement a clause reports, placed with the meal it names beside it (明天早上不吃早饭了直接去机场). */
final class MovementStep {
    private final Reading reading;
    private final MessageFacts facts;
    private final RuleFamilies rules;
    private final Drafts drafts;
    private final MessageTrail trail;

    MovementStep(Reading reading, MessageFacts facts, RuleFamilies rules, Drafts drafts, MessageTrail trail) {
        this.reading = reading;
        this.facts = facts;
        this.rules = rules;
        this.drafts = drafts;
        this.trail = trail;
    }

    /** The movement {@code c} names by a verb, by a list's header or by a ticket, or null. */
    Draft.Kind kind(Clause c) {
        Draft.Kind move = MovementRules.kind(c);
        if (move == Draft.Kind.ARRIVAL && TicketChange.leavesAfterAll(c)) move = Draft.Kind.DEPARTURE;
        if (move == Draft.Kind.DEPARTURE && OnWayHere.headingAfterArrival(c)) move = Draft.Kind.ARRIVAL;
        // 兵团25人坐MU2325平安落地 (on the event's first days): arriving safely here, not home again.
        if (move == null && ArrivedHowItWent.safelyHere(c, reading.today(), reading.lexicon().event))
            move = Draft.Kind.ARRIVAL;
        if (move == null) move = facts.moves().verbless(c, trail.listMove);
        // 明天早上6点出发 明早早饭打包二十九份 (on the event's last days): setting off home.
        if (move == null && facts.moves().setsOffHome(c)) move = Draft.Kind.DEPARTURE;
        return move;
    }

    /** People counted beside the movement before ({@link MessageMoves#countedBeside}): a movement of the same kind. */
    void countedBeside(Clause c, ClauseState state) {
        Draft last = drafts.last();
        String ticket = facts.moves().sharedTicket(c, last);
        rules.movements().place(c, last.kind, SaidFigures.afterName(c), ticket, state.withDate(last.date), drafts);
    }

    private boolean departedBefore() {
        for (Draft d : drafts.since(0)) if (d.kind == Draft.Kind.DEPARTURE) return true;
        return false;
    }

    void move(Clause c, Draft.Kind move, MealReading meal, ClauseState state) {
        MealRules meals = rules.meals();
        // (3号车实到40人，)可以走了: the counted vehicle leaving, said with nothing of its own, moves no delegation.
        if (VehicleVerbs.leavesAfterCount(c, drafts.last())) return;
        // 有一个处长下午要回厅里开视频会 (beside a sign-up), 有比赛的先走了, 那个同志就跟我们柳州线走了: no one leaves the event.
        if (move == Draft.Kind.DEPARTURE && StaysAtEvent.leavesNoOne(c, drafts.last())) return;
        // 天津4个人都去百色 | 中午在酒店吃完再走: setting off for the route just signed up for, no one leaves the event.
        if (move == Draft.Kind.DEPARTURE && OffToVisit.test(c, drafts.last())) {
            if (meal != null && meal.kind() == Draft.Kind.MEAL_COUNT && meal.count() != null)
                meals.place(c, meal, state, drafts);
            return;
        }
        // 9号车实到四十七人 新疆全到, 湖北两辆都走了: the roll complete, the counted buses off; no one's movement.
        if (AfterBusCount.movesNoOne(c, move, drafts.last(), reading)) return;
        // 云南6人 午饭在山庄吃完再走: the people said just before eat first, then leave.
        MealReading diners = drafts.waiting().any()
                ? DinersLeaving.eatenFirst(c, facts.moves().before(c), meal, reading.lexicon())
                : null;
        if (diners != null) meal = null;
        // 明天早上不吃早饭了直接去机场: the meal named and cancelled goes with the movement.
        boolean cancels = meal != null
                && meal.kind() == Draft.Kind.MEAL_CANCEL
                && (!c.all(Mention.Meals.class).isEmpty()
                        || !meal.meals().isEmpty() && !c.all(Mention.Part.class).isEmpty());
        // 明早31 吃完就走: the meal's figure said before leaving goes with the movement, and comes first, so that
        // a time said next (吃完直接走 下午2点G1234) completes the movement.
        boolean eatenFirst = meal != null
                && meal.kind() == Draft.Kind.MEAL_COUNT
                && meal.count() != null
                && !MealEating.eatenBeforeLeaving(c, reading.lexicon()).isEmpty();
        // 中午饭吃完再走, 中午吃了饭再走: the meal as planned, eaten before the departure said before.
        boolean eatenAsPlanned = meal != null
                && meal.kind() == Draft.Kind.MEAL_COUNT
                && meal.count() == null
                && meal.asPlanned()
                && MealEating.eatsAsPlanned(c);
        if (eatenAsPlanned && departedBefore()) {
            meals.place(c, meal, state, drafts);
            return;
        }
        eatenFirst |= eatenAsPlanned;
        // 下午4点10的CA1176走 中午45个吃完再走: the meal, then the same departure again.
        // 明天早上7点全团走 早饭打包带走 44人 坐大巴去机场: how they leave, said after the meal packed, is the same leaving.
        boolean continuing = MovementContinued.test(
                c, move, TripAfterMeal.leaving(c, drafts), eatenFirst || MealEating.thenLeaves(c));
        // 中午全团36个吃 吃完就走: the figure is the diners'; the whole delegation leaves after the meal.
        Integer mealFigure = null;
        if (eatenFirst && !drafts.waiting().any() && !continuing) {
            meals.place(c, meal, state, drafts);
            mealFigure = meal.count();
            meal = null;
        }
        cancels |= meal != null && eatenFirst;
        if (continuing) {
            rules.movements().attach(c, state, drafts);
            if (cancels) meals.place(c, meal, state, drafts);
            if (diners != null) meals.place(c, diners, state, drafts);
            return;
        }
        Draft prior = drafts.last();
        int placedFrom = drafts.size();
        trail.moved = c;
        rules.movements().movement(c, move, state, drafts);
        if (mealFigure != null)
            for (Draft d : drafts.since(placedFrom)) if (d.isMovement() && mealFigure.equals(d.count)) d.count = null;
        DinersLeaving.give(c, facts.moves().before(c), prior, drafts.since(placedFrom), reading.original());
        VisitDropOutLeavers.leavers(c, prior, drafts);
        if (diners != null) meals.place(c, diners, state, drafts);
        if (cancels)
            meals.place(c, LeaversMeal.theirs(c, meal, drafts.last(), c, reading.lexicon().event), state, drafts);
        // 晚上有5个人先走了 报30: the meal's figure reported after its people leaving.
        MealReading reported = cancels ? null : LeaversMeal.reportedAfterMoving(c, reading.lexicon());
        if (reported == null) return;
        int before = drafts.size();
        meals.place(c, reported, state, drafts);
        NetAfterLeavers.mark(drafts.since(0), before);
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * Turns the clauses of one message into records, one rule family after another: issues, movements,
 * head counts, meals. What a clause leaves unsaid (the delegation, the date, the meal) comes from the
 * clauses before it ({@link ClauseState}), then from the sender's delegation or the next serving of
 * the meal; what cannot be known becomes a question.
 */
final class Assembly {
    private final Reading reading;
    private final MealRules meals;
    private final MovementRules movements;
    private final HeadcountRules headcounts;
    private final IssueRules issues;
    private final Drafts drafts = new Drafts();

    Assembly(Reading reading) {
        this.reading = reading;
        this.meals = new MealRules(reading);
        this.movements = new MovementRules(reading);
        this.headcounts = new HeadcountRules(reading);
        this.issues = new IssueRules(reading);
    }

    ParseOutcome read(List<Clause> clauses) {
        ClauseState state = ClauseState.START;
        for (Clause c : clauses) {
            if (c.has(Cue.NOTICE)) continue;
            List<String> meant = meals.meant(c);
            int before = drafts.size();
            step(c, meant, state);
            // 原定25日返程: the old plan, replaced by the new one when a later statement gives it.
            if (c.has(Cue.PLANNED) && !c.has(Cue.CHANGE) && !c.has(Cue.AS_PLANNED)) drafts.markPlanned(before);
            // 更正：晚饭29人: the corrected statement replaces the earlier one about the same meal.
            if (c.has(Cue.CORRECTION) || state.correcting()) drafts.markCorrecting(before);
            state = state.after(c, meant, drafts.size() > before);
        }
        ParseOutcome outcome = drafts.outcome(reading.sender(), state.named());
        if (outcome instanceof ParseOutcome.NothingToRecord && Reports.anyUnread(clauses, reading)) {
            return new ParseOutcome.Incomplete(
                    List.of(),
                    List.of(new Gap(Gap.Field.UNCLEAR, null, reading.original().strip())));
        }
        return outcome;
    }

    /**
     * "晚饭25人，不对，是30人": a figure with no statement of its own after a correction replaces the
     * figure of the last statement; whether the clause was taken as a correction.
     */
    private boolean correct(Clause c, List<String> meant) {
        Integer figure = Figures.count(c, -1, false);
        Draft last = drafts.last();
        if (last == null) return false;
        if (figure == null) return c.bareBesides(Cue.CORRECTION);
        if (!meant.isEmpty() || MovementRules.kind(c) != null || !c.teams().isEmpty()) return false;
        for (Draft d : drafts.lastStatement()) {
            d.count = figure;
            d.planned = false;
        }
        return true;
    }

    /** "原计划晚饭30人，现在改成25人": a new figure for the old plan just said. */
    private boolean changesPlan(Clause c) {
        Draft last = drafts.last();
        return last != null && last.planned && (c.has(Cue.CHANGE) || c.has(Cue.ONGOING));
    }

    private void step(Clause c, List<String> meant, ClauseState state) {
        boolean correcting = c.has(Cue.CORRECTION) && drafts.last() != null || state.correcting() || changesPlan(c);
        if (correcting && correct(c, meant)) return;
        MealReading meal = meals.read(c, meant, state);
        if (issues.place(c, meal != null, drafts)) return;
        Draft.Kind move = MovementRules.kind(c);
        boolean arrived = move == Draft.Kind.ARRIVAL && MovementRules.arrivedNow(c);
        if (c.question || c.has(Cue.PAST) && !arrived || c.has(Cue.UNSURE)) return;
        Draft last = drafts.last();
        if (move != null) move(c, move, meal, state);
        else if (headcounts.place(c, meal != null, state, drafts)) return;
        else if (meal != null && !shortfall(meal, last)) meals.place(c, meal, state, drafts);
        else if (c.has(Cue.CHANGE) && last != null && last.isMovement()) MovementRules.amend(c, last);
        else movements.attach(c, state, drafts);
    }

    private void move(Clause c, Draft.Kind move, MealReading meal, ClauseState state) {
        if (MovementRules.continues(c, move, drafts.last())) {
            movements.attach(c, state, drafts);
            return;
        }
        movements.movement(c, move, state, drafts);
        // 明天早上不吃早饭了直接去机场: the meal named and cancelled goes with the movement.
        boolean cancels = meal != null && meal.kind() == Draft.Kind.MEAL_CANCEL;
        if (cancels && !c.all(Mention.Meals.class).isEmpty()) meals.place(c, meal, state, drafts);
    }

    /** (12号车实到40人，)少1人: a shortfall of the head count, not a meal. */
    private static boolean shortfall(MealReading meal, Draft last) {
        return meal.meals().isEmpty() && last != null && last.kind == Draft.Kind.HEADCOUNT;
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * Turns the clauses of one message into records, one rule family after another: site visits, issues,
 * movements, head counts, meals. What a clause leaves unsaid (the delegation, the date, the meal) comes from the
 * clauses before it ({@link ClauseState}), then from the sender's delegation or the next serving of
 * the meal; what cannot be known becomes a question.
 */
final class Assembly {
    private final Reading reading;
    private final MealRules meals;
    private final MovementRules movements;
    private final MovementBeside beside;
    private final HeadcountRules headcounts;
    private final IssueRules issues;
    private final VisitRules visits;
    private final Drafts drafts = new Drafts();
    private final CorrectionStep corrections;
    private MessageFacts facts;
    /** The movement a list's header names (返程信息接龙): each line with a delegation and a time is one. */
    private Draft.Kind listMove;
    /** The clause of the last movement placed. */
    private Clause moved;

    Assembly(Reading reading) {
        this.reading = reading;
        this.meals = new MealRules(reading);
        this.movements = new MovementRules(reading);
        this.beside = new MovementBeside(reading, movements);
        this.headcounts = new HeadcountRules(reading);
        this.issues = new IssueRules(reading);
        this.visits = new VisitRules(reading);
        this.corrections = new CorrectionStep(reading, drafts);
    }

    ParseOutcome read(List<Clause> clauses) {
        ClauseState state = ClauseState.START;
        facts = MessageFacts.of(clauses, reading);
        issues.read(clauses);
        // 请湖南联络员下午3点到会务组: a coordinator's instruction to a liaison tells them what to do; it reports nothing.
        if (reading.sender() == null && NoticeLines.toLiaison(clauses, reading)) return new ParseOutcome.NothingToRecord();
        // 今天一共到了8个团, 还有两个团没报晚饭 默认照常: a coordinator counting delegations, naming none.
        if (TeamTally.general(clauses, reading)) return new ParseOutcome.NothingToRecord();
        for (Clause c : clauses) {
            boolean skip = NoticeLines.skipped(c, facts, reading);
            if (skip) {
                if (NoticeLines.headsList(c, facts)) listMove = MovementRules.kind(c);
                if (c.has(Cue.HEADER)) visits.header(c);
                state = state.after(c, meals.meant(c), false);
                continue;
            }
            List<String> meant = meals.meant(c);
            int before = drafts.size();
            step(c, meant, state);
            // 原定25日返程: the old plan, replaced by the new one when a later statement gives it.
            if (c.has(Cue.PLANNED) && c.changeAt() < 0 && !c.has(Cue.AS_PLANNED)) drafts.markPlanned(before);
            // 更正：晚饭29人: the corrected statement replaces the earlier one about the same meal.
            if (c.has(Cue.CORRECTION) || state.correcting()) drafts.markCorrecting(before);
            state = state.after(c, meant, drafts.size() > before);
        }
        if (IssueRules.settled(clauses) || IssueAsks.clearedByResult(reading.original()) && !MessageFacts.asksToAct(clauses))
            drafts.dropIssues();
        CorrectedMovement.unresolved(clauses, drafts);
        // 北海线还要加几个 一会儿报名单, 2号车还在上人 等齐了再数: the figure comes later; nothing to ask yet.
        if (MessageFacts.deferred(clauses)) drafts.dropFigureAsks();
        ParseOutcome outcome = drafts.outcome(reading.sender(), state.named());
        // 九院餐厅：今天早餐加了热干面: a venue's own word, naming no delegation, asks nothing.
        if (outcome instanceof ParseOutcome.Incomplete i
                && i.records().isEmpty()
                && MessageFacts.noTeam(clauses)
                && VenueSays.speaks(reading)) return new ParseOutcome.NothingToRecord();
        if (outcome instanceof ParseOutcome.NothingToRecord
                && !facts.notice()
                && !facts.handled()
                && !VenueSays.speaks(reading)
                && Reports.anyUnread(clauses, reading)) {
            return new ParseOutcome.Incomplete(
                    List.of(),
                    List.of(new Gap(Gap.Field.UNCLEAR, null, reading.original().strip())));
        }
        return outcome;
    }

    private void step(Clause c, List<String> meant, ClauseState state) {
        // 航班推迟到晚上8点10分起飞 那晚饭我们还是在这吃 33人: the changed ticket, then the meal of its own.
        // 到站了 9号车实到47人: the people's arrival, then the vehicle's count.
        // 湖北中午60 吃完饭有8个人先走: the meal's figure, then the people leaving after it.
        int split =
                Math.max(Math.max(TicketChange.mealAfter(c), ArrivedThenCounted.split(c)), MealThenLeaving.split(c));
        if (split > c.start) {
            Clause ticket = c.head(split);
            step(ticket, meals.meant(ticket), state);
            Clause rest = c.tail(split);
            step(rest, meals.meant(rest), state.after(ticket, List.of(), true));
            return;
        }
        if (corrections.take(c, meant, state)) return;
        // 江西晚上有3人下午先走 剩下的报24: the rest's figure for the meal the leavers miss.
        MealReading rest = RestReported.figure(c, moved, drafts.last(), reading.lexicon());
        if (rest != null) {
            meals.place(c, rest, state, drafts);
            return;
        }
        if (MealFollowUps.complete(c, meant, meals, state, drafts)) return;
        // 北海回程 3号车44 4号车40: buses counted as they leave are head counts, no visit or movement.
        if (MovementRules.kind(c) != null && headcounts.countedMoving(c, drafts)) return;
        // 2号车还在等人 目前27: the bus named before, then only its figure now, is its head count.
        if (headcounts.figureLater(c, !meant.isEmpty(), state, drafts)) return;
        // 李处改去柳州，身体不舒服: a visit statement is no meal or movement; only an illness beside it is an issue too.
        // 百色住建局…名单还没发过来: a route named in a unit's name, with no visit placed, leaves a problem standing.
        int before = drafts.size();
        if (visits.place(c, meant, state, drafts)) {
            if (c.has(Cue.HEALTH) || drafts.size() == before) issues.place(c, false, drafts);
            Draft visit = drafts.size() > before ? drafts.last() : null;
            beside.visit(c, state, drafts);
            VisitFollowUps.sameLeavers(visit, drafts);
            return;
        }
        MealReading meal = meals.read(c, meant, state);
        // 晚饭原来28 俩人请假 报26个: the figure reported after the reason is the count, not the people away.
        Integer reportedNow = MealReported.reportedAfterPlanSaid(c, meal);
        if (reportedNow != null) meal = new MealReading(meal.meals(), Draft.Kind.MEAL_COUNT, reportedNow, false);
        // 2号车刚才没到的两位也来了 目前一共40人: people missing before, the bus counted now, is no problem.
        boolean issue = !facts.handled()
                && !MovementTalk.delayed(c)
                && !VisitBuses.cameAndCounted(c)
                && issues.place(c, meal != null, drafts);
        if (issue && !issues.besideMovement(c)) {
            beside.issue(c, state, drafts);
            if (MealShares.besideIllness(c, meal)) meals.place(c, meal, state, drafts);
            return;
        }
        if (MovementWords.conditional(c)) return;
        if (MealFollowUps.whoCame(c, drafts.last())) return;
        Draft.Kind move = MovementRules.kind(c);
        if (move == Draft.Kind.ARRIVAL && TicketChange.leavesAfterAll(c)) move = Draft.Kind.DEPARTURE;
        if (move == null) move = facts.moves().verbless(c, listMove);
        if (move == null && MessageMoves.countedBeside(c, drafts.last())) {
            Draft last = drafts.last();
            movements.place(c, last.kind, SaidFigures.afterName(c), null, state.withDate(last.date), drafts);
            return;
        }
        boolean arrived = move != null && movements.movedNow(c, move);
        if (SilentClauses.silent(c, move, meal, arrived, facts.moves())) return;
        Draft last = drafts.last();
        // 5号车到了15个人: a vehicle arriving with its people is their head count, not a delegation's arrival.
        if (move == Draft.Kind.ARRIVAL && meal == null && headcounts.arrived(c, drafts)) return;
        if (move != null && meal == null && (headcounts.busMovesNoOne(c) || facts.driverTrip())) return;
        if (move == Draft.Kind.DEPARTURE && meal == null && MealFollowUps.goneReason(c, last, reading.today())) return;
        if (move == Draft.Kind.DEPARTURE && arrived && GoneFromRoll.test(c, state, last, reading.sender())) return;
        if (move != null) move(c, move, meal, state);
        else if (headcounts.place(c, meal != null, state, drafts)) return;
        else if (meal != null && facts.moves().peopleBefore(c, meal)) drafts.waitForMovement(c);
        else if (meal != null && !shortfall(meal, last)) {
            if (MealFollowUps.reason(c, last)) return;
            if (MealFollowUps.unclear(c, meal, last))
                for (Draft d : drafts.lastStatement()) d.missing = Gap.Field.COUNT;
            else if (!MealFollowUps.explains(c, meal, last))
                meals.place(c, LeaversMeal.theirs(c, withWaitingPeople(meal), last, moved, event()), state, drafts);
        } else if (c.has(Cue.CHANGE) && last != null && last.isMovement()) MovementRules.amend(c, last);
        else movements.attach(c, state, drafts);
    }

    private void move(Clause c, Draft.Kind move, MealReading meal, ClauseState state) {
        // (3号车实到40人，)可以走了: the counted vehicle leaving, said with nothing of its own, moves no delegation.
        if (MovementWords.vehicleLeaves(c, drafts.last())) return;
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
                && !MealWords.eatenBeforeLeaving(c, reading.lexicon()).isEmpty();
        if (eatenFirst && !drafts.waitingAhead() && !MovementRules.continues(c, move, drafts.last())) {
            meals.place(c, meal, state, drafts);
            meal = null;
        }
        cancels |= meal != null && eatenFirst;
        if (MovementRules.continues(c, move, drafts.last())) {
            movements.attach(c, state, drafts);
            if (cancels) meals.place(c, meal, state, drafts);
            return;
        }
        Draft prior = drafts.last();
        moved = c;
        movements.movement(c, move, state, drafts);
        VisitFollowUps.leavers(c, prior, drafts);
        if (cancels) meals.place(c, LeaversMeal.theirs(c, meal, drafts.last(), c, event()), state, drafts);
        // 晚上有5个人先走了 报30: the meal's figure reported after its people leaving.
        MealReading reported = cancels ? null : LeaversMeal.reportedAfterMoving(c, reading.lexicon());
        if (reported != null) meals.place(c, reported, state, drafts);
    }

    /** 今晚有8个人去市里，晚饭不吃: a whole cancellation right after people said with no verb is theirs. */
    private MealReading withWaitingPeople(MealReading meal) {
        boolean all = meal.kind() == Draft.Kind.MEAL_COUNT && meal.whole();
        if (meal.kind() != Draft.Kind.MEAL_CANCEL && !all || !meal.whole()) return meal;
        Integer n = drafts.takeWaitingPeople(meal.meals(), reading.lexicon(), all);
        return n == null ? meal : new MealReading(meal.meals(), meal.kind(), n, false);
    }

    private Event event() {
        return reading.lexicon().event;
    }

    /** (12号车实到40人，)少1人: a shortfall of the head count, not a meal. */
    private static boolean shortfall(MealReading meal, Draft last) {
        return meal.meals().isEmpty() && last != null && last.kind == Draft.Kind.HEADCOUNT;
    }
}

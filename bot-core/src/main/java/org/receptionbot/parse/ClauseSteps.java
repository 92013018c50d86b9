package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.IssueCategory;

/**
 * Reads one clause into drafts, giving each rule family its turn in order: corrections of the statement
 * before, follow-ups completing it, site visits, issues, then movements, head counts and meals. The first
 * family that takes the clause ends its reading.
 */
final class ClauseSteps {
    private final Reading reading;
    private final MessageFacts facts;
    private final RuleFamilies rules;
    private final Drafts drafts;
    private final MessageTrail trail;
    private final CorrectionStep corrections;
    private final MovementStep movements;
    private final MealStep meals;

    ClauseSteps(Reading reading, MessageFacts facts, RuleFamilies rules, Drafts drafts, MessageTrail trail) {
        this.reading = reading;
        this.facts = facts;
        this.rules = rules;
        this.drafts = drafts;
        this.trail = trail;
        this.corrections = new CorrectionStep(reading, drafts);
        this.movements = new MovementStep(reading, facts, rules, drafts, trail);
        this.meals = new MealStep(reading, rules, drafts, trail);
    }

    void step(Clause c, List<String> meant, ClauseState state) {
        // 航班推迟到晚上8点10分起飞 那晚饭我们还是在这吃 33人: the changed ticket, then the meal of its own.
        // 到站了 9号车实到47人: the people's arrival, then the vehicle's count.
        // 湖北中午60 吃完饭有8个人先走: the meal's figure, then the people leaving after it.
        // 广西厅12个到了 考察这块百色北海柳州各3个: the arrival, then the visit figures.
        // 我们下午4点20的航班 SC8878 (退房能不能延到下午2点): the ticket, then the check-out asked about.
        int split = Math.max(
                Math.max(TicketChange.mealAfter(c), ArrivedThenCounted.split(c)),
                Math.max(
                        Math.max(MealThenLeaving.split(c), VisitAfterReport.split(c)),
                        Math.max(
                                Math.max(VisitPlanRedone.split(c), VisitAfterReport.nextChange(c)),
                                Math.max(CheckOutBesideTicket.apart(c), TypoWithdrawn.split(c)))));
        // 晚上8点坐G1580到 G1580晚点了 要10点半才到: the movement, then its train late to a new time.
        split = Math.max(split, DelayedTicket.split(c));
        if (split > c.start) {
            Clause ticket = c.statementBefore(split);
            step(ticket, rules.meals().meant(ticket), state);
            Clause rest = c.tail(split);
            step(rest, rules.meals().meant(rest), state.after(ticket, List.of(), true));
            return;
        }
        if (DelayedTicket.take(c, drafts)) return;
        List<String> named = trail.mealsNamed;
        trail.mealsNamed = ReportedFigure.named(c, reading.lexicon(), named);
        // 中午那个6是打错了: a figure withdrawn as a typo with none in its place: that meal's figure is asked.
        List<String> typoMeals = meant.isEmpty() ? rules.meals().ofParts(c) : meant;
        if (TypoWithdrawn.take(c, typoMeals, state, drafts, rules.meals())) return;
        if (corrections.take(c, meant, state, trail.mealsNamed)) return;
        // 有10个人先回去 … 剩下的34个按原计划走: the rest keep the plan, no record.
        if (RestAsPlanned.test(c, drafts.last())) return;
        // 早饭35 | 先走的那5个吃了早饭再走: the leavers eat first; they are in the meal's figure already.
        if (LeaversEatFirst.alreadyCounted(c, drafts.last())) {
            trail.explained = c;
            return;
        }
        // 湖北晚饭加3个 | 司机和两个志愿者: who the added people are, no addition of its own.
        if (AddedWho.says(c, drafts.last())) {
            trail.explained = c;
            return;
        }
        // 中午有两个去医院复查 报34: the figure reported for the meal named before, not the people away.
        if (ReportedFigure.take(c, named, state, drafts, rules.meals())) return;
        // 5号车更正 实到37人 湖南那位去厕所了还没回来: the reason of a recount, no problem or movement of its own.
        if (RecountReasons.follows(c, drafts.last())) {
            trail.explained = c;
            return;
        }
        // (内蒙明天分三批走) 早上七点一批十五人 | 十点一批二十个: each batch leaves at its time, no meal's figure.
        if (BatchLines.take(c, state, drafts, rules.movements())) return;
        // 1号车早上八点送第一批三十人去宜昌东站 D3072: the bus to the station is how they leave, no head count.
        if (BusToStation.take(c, state, drafts, rules.movements(), reading)) return;
        if (followsUp(c, meant, state)) return;
        if (visit(c, meant, state)) return;
        MealReading meal = meal(c, meant, state);
        if (issue(c, meal, state)) return;
        report(c, meal, state);
    }

    /** Whether {@code c} completes what the statements before it left open. */
    private boolean followsUp(Clause c, List<String> meant, ClauseState state) {
        // 江西晚上有3人下午先走 剩下的报24: the rest's figure for the meal the leavers miss.
        MealReading rest = RestReported.figure(c, trail.moved, drafts.last(), reading.lexicon());
        if (rest != null) {
            rules.meals().place(c, rest, state, drafts);
            return true;
        }
        if (MealFollowUps.complete(c, meant, rules.meals(), state, drafts)) return true;
        // 早餐少2个哈 53: the total the decrease before leaves.
        if (FewerThenTotal.follows(c, meant, rules.meals(), state, drafts)) return true;
        // 北海回程 3号车44 4号车40: buses counted as they leave are head counts, no visit or movement.
        if (MovementRules.kind(c) != null && rules.movingCounts().countedMoving(c, drafts)) return true;
        // 2号车还在等人 目前27: the bus named before, then only its figure now, is its head count.
        return rules.headcounts().figureLater(c, !meant.isEmpty(), state, drafts);
    }

    /**
     * 李处改去柳州，身体不舒服: a visit statement is no meal or movement; only an illness beside it is an issue too.
     * 百色住建局…名单还没发过来: a route named in a unit's name, with no visit placed, leaves a problem standing.
     */
    private boolean visit(Clause c, List<String> meant, ClauseState state) {
        int before = drafts.size();
        Draft prior = drafts.last();
        if (!rules.visits().place(c, meant, state, drafts)) return false;
        if (c.has(Cue.HEALTH) || drafts.size() == before) rules.issues().place(c, false, drafts);
        // 百色那4个 有1个不去了: the part's change replaces the group's figure, one draft for another.
        Draft visit = drafts.size() > before || drafts.last() != prior ? drafts.last() : null;
        rules.beside().visit(c, state, drafts);
        rules.beside().beforeDropOut(c, visit, state, drafts);
        VisitDropOutLeavers.sameLeavers(visit, drafts);
        VisitDropOutLeavers.leaversDropOut(c, prior, visit);
        return true;
    }

    private MealReading meal(Clause c, List<String> meant, ClauseState state) {
        MealReading meal = rules.meals().read(c, meant, state);
        // 中午有9人去彩排，不在酒店用餐: no meal named, the one of the part of the day the people were said with.
        if (meal == null && meant.isEmpty() && c.has(Cue.CANCEL) && drafts.waitingAhead()) {
            List<String> parts = drafts.waitingMeals(reading.lexicon());
            if (parts.size() == 1) meal = rules.meals().read(c, parts, state);
        }
        // 晚饭原来28 俩人请假 报26个: the figure reported after the reason is the count, not the people away.
        Integer reportedNow = MealReported.reportedAfterPlanSaid(c, meal);
        return reportedNow == null ? meal : new MealReading(meal.meals(), Draft.Kind.MEAL_COUNT, reportedNow, false);
    }

    /** Whether {@code c} reports a problem, with only a movement or a meal share beside it. */
    private boolean issue(Clause c, MealReading meal, ClauseState state) {
        // 2号车刚才没到的两位也来了 目前一共40人: people missing before, the bus counted now, is no problem.
        // 宵夜要12个 冷得睡不着 想吃点热乎的: a feeling told beside a meal's figure is its reason, no problem.
        boolean issue = !facts.handled()
                && !(meal != null && ColdReason.feelingOnly(List.of(c)))
                && !MovementTalk.delayed(c)
                && !VisitBuses.cameAndCounted(c)
                && !BusCountBeside.missingAfterCount(c, drafts.last())
                // 刚才点错了 应该是22 后排有两个趴着睡觉没看到: a bus liaison's recount says why, no problem.
                && !(reading.vehicle() != null && BusLiaisonRecount.figure(c) != null)
                // 点完了 31人 有2个人还没上车 在打电话: a recount's total beside who is not aboard yet is no problem.
                && (c.has(Cue.HEALTH) || !RecountTotal.notAboardYet(c))
                && rules.issues().place(c, meal != null, drafts);
        if (!issue || rules.issues().besideMovement(c)) return false;
        rules.beside().issue(c, state, drafts);
        rules.headcounts().countedBesideMissing(c, drafts);
        if (MealShares.besideIllness(c, meal)) rules.meals().place(c, meal, state, drafts);
        // 宁夏明早31人清真, 湖北中午40个 有两个素食 麻烦单独做一下: the figure is the report, with the diet beside it.
        if (KitchenAsks.figureBeside(c, meal, drafts)) {
            if (KitchenAsks.asBefore(c)) drafts.dropIssue(IssueCategory.MEAL);
            rules.meals().place(c, meal, state, drafts);
        }
        // 北京有个教练身体不舒服 | 晚饭不吃了: the people unwell, counted, are who a meal given up next is about.
        if (meal == null && WaitingClauses.unwell(c)) drafts.waitForMovement(c);
        return true;
    }

    /** A movement, a head count or a meal: what is left for a clause no earlier family took. */
    private void report(Clause c, MealReading meal, ClauseState state) {
        if (MovementWords.conditional(c)) return;
        if (MealFollowUps.whoCame(c, drafts.last())) return;
        // 5号车实到53 | 两个坐早班机先走了: people gone are why the bus's count is what it is.
        if (GoneBesideCount.test(c, drafts.last())) return;
        Draft.Kind move = movements.kind(c);
        // 明天中午在百色吃完饭再回南宁: back to the event's city, no departure; the meal is still read.
        // 北海5个明天上午都去 看完跟车回: back on the route's bus, no departure.
        if (move == Draft.Kind.DEPARTURE && (BackToEventCity.test(c, reading) || BackToEventCity.withRouteBus(c)))
            move = null;
        // (海南厅不去考察了) 明天下午直接飞海口: flying off after a drop-out is leaving.
        if (move == null && meal == null && VisitDropOutLeavers.fliesAway(c, drafts.last()))
            move = Draft.Kind.DEPARTURE;
        // (8号车送机的，)甘肃两位已上车: people boarding a bus that sees people off are leaving; so are the people
        // of a bus seeing them off at a time (明天上午10点 10号车送站 全团42人).
        boolean seenOff =
                move == null && meal == null && (BusErrands.boardedToLeave(c, state) || BusErrands.seesOffAt(c));
        if (seenOff) move = Draft.Kind.DEPARTURE;
        if (move == null && MessageMoves.countedBeside(c, drafts.last())) {
            movements.countedBeside(c, state);
            return;
        }
        boolean arrived = move != null && rules.movements().movedNow(c, move);
        // 龙江的5位领导昨天就到南宁了: no arrival now; the people are kept for their registering later.
        if (move == Draft.Kind.ARRIVAL && !arrived) InTownAlready.keep(c, reading, state, drafts);
        if (SilentClauses.silent(c, move, meal, arrived, facts.moves())) return;
        Draft last = drafts.last();
        // 先走的10个人晚饭就不吃了: the people named by their move, no movement reported.
        if (move == Draft.Kind.DEPARTURE && NamedByMove.describes(c)) move = null;
        // (早饭17个) 先走的那批不算: the people named by their move left out of the figure, no movement reported.
        if (move == Draft.Kind.DEPARTURE && NamedByMove.leftOut(c)) move = null;
        // (厦门晚宴加一个人) 我们局长临时过来了: who the addition is for, no arrival of their own.
        if (move == Draft.Kind.ARRIVAL && meal == null && CameForAdded.test(c, last)) return;
        // 含今晚到的三个, 是刚到的李处: the people named by their arrival, no arrival reported.
        if (move == Draft.Kind.ARRIVAL && NamedByArrival.describes(c)) {
            // 今晚到的8位还要再加2间房: with no meal named, the figure is the people's, no meal's.
            if (meal == null || meal.meals().isEmpty()) return;
            move = null;
        }
        // (海南那个发烧的队员好多了) 明天能跟队走: going with the main group is its departure, none of its own.
        if (move == Draft.Kind.DEPARTURE && meal == null && MainGroup.goesWith(c)) return;
        // (visit day) 剩下的都跟车走了, 两位改北海 跟司长一起走: along on the visit, no departure.
        if (move == Draft.Kind.DEPARTURE && meal == null && GoingAlong.onVisitDay(c, reading)) return;
        // 山西5个人接到了，往回走了: heading back after being met is the way here, no departure.
        if (move == Draft.Kind.DEPARTURE && meal == null && OnWayHere.test(c, last)) return;
        // 新疆的还没到 航班延误到晚上八点 | 我们先回去了: the people who waited go back, no one leaving.
        if (move == Draft.Kind.DEPARTURE && meal == null && WaitersGoBack.test(c, last)) return;
        MovingHeadcounts moving = rules.movingCounts();
        // 5号车到了15个人: a vehicle arriving with its people is their head count, not a delegation's arrival.
        if (move == Draft.Kind.ARRIVAL && meal == null && moving.arrived(c, drafts)) return;
        if (move != null && meal == null && (moving.busMovesNoOne(c) || facts.driverTrip())) return;
        // 北海线的车走了: a route's bus leaving moves no delegation.
        if (move == Draft.Kind.DEPARTURE && meal == null && RouteBus.leaves(c, reading)) return;
        if (move == Draft.Kind.DEPARTURE && meal == null && GoneReasons.goneReason(c, last, reading.today())) return;
        if (move == Draft.Kind.DEPARTURE && arrived && GoneFromRoll.test(c, state, last, reading.sender())) return;
        // 我们车上实到39人 出发了: the sender's bus counted, setting off, moves no delegation.
        if (move != null && meal == null && BusCountBeside.kindCountedMoving(c)) {
            rules.headcounts().place(c, false, state, drafts);
            return;
        }
        // 鄂Q·A1006搭上电了，广西团实到52人已出发: counted on the bus named before, setting off: its head count.
        if (move == Draft.Kind.DEPARTURE
                && !seenOff
                && meal == null
                && c.has(Cue.HEADCOUNT)
                && state.vehicle() != null
                && c.all(Mention.Vehicle.class).isEmpty()
                && !c.has(Cue.REST)
                && rules.headcounts().place(c, false, state, drafts)) return;
        MealReading gone = move == Draft.Kind.DEPARTURE ? GoneReasons.goneInside(c, meal, state) : null;
        if (gone != null) meals.place(c, gone, last, state);
        else if (move != null) movements.move(c, move, meal, state);
        else if (rules.headcounts().place(c, meal != null, state, drafts)) return;
        // (福建北海线6人) 加1个吧 一共7个: people added to the route's figure just placed, no meal named.
        else if (RouteAddOn.follows(c, meal, state, last)) RouteAddOn.settle(c, last);
        else if (meal != null && facts.moves().peopleBefore(c, meal)) drafts.waitForMovement(c);
        else if (meal != null && !MealStep.shortfall(meal, last)) meals.place(c, meal, last, state);
        else if (c.has(Cue.CHANGE) && last != null && last.isMovement()) MovementRules.amend(c, last);
        else rules.movements().attach(c, state, drafts);
    }
}

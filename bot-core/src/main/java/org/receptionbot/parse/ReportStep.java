package org.receptionbot.parse;

/**
 * The last turn of a clause no earlier family took: it reports a movement, a head count or a meal. The
 * clause reports nothing when it only names people by their move or arrival, explains the statement before
 * it, or moves a bus with no delegation on it; a figure beside people still to move waits for them.
 */
final class ReportStep {
    private final Reading reading;
    private final MessageFacts facts;
    private final RuleFamilies rules;
    private final Drafts drafts;
    private final MovementStep movements;
    private final MealStep meals;

    ReportStep(Reading reading, MessageFacts facts, RuleFamilies rules, Drafts drafts, MessageTrail trail) {
        this.reading = reading;
        this.facts = facts;
        this.rules = rules;
        this.drafts = drafts;
        this.movements = new MovementStep(reading, facts, rules, drafts, trail);
        this.meals = new MealStep(reading, rules, drafts, trail);
    }

    /** Places what {@code c} reports, {@code meal} being the meal read in it, if any. */
    void take(Clause c, MealReading meal, ClauseState state) {
        if (MovementWords.conditional(c)) return;
        if (MealFollowUps.whoCame(c, drafts.last())) return;
        // 5号车实到53 | 两个坐早班机先走了: people gone are why the bus's count is what it is.
        if (GoneBesideCount.test(c, drafts.last())) return;
        Draft.Kind move = movements.kind(c);
        if (move == Draft.Kind.ARRIVAL && MealListAllCome.test(c, state)) move = null;
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
        // (4号车's liaison) 人齐了 50个 出发去火车站: the sender's own bus counted, setting off: its head count.
        if (move == Draft.Kind.DEPARTURE
                && !seenOff
                && meal == null
                && SendersVehicle.counted(c, state, reading) != null
                && rules.headcounts().place(c, false, state, drafts)) return;
        MealReading gone = move == Draft.Kind.DEPARTURE ? GoneReasons.goneInside(c, meal, state) : null;
        if (gone != null) meals.place(c, gone, last, state);
        else if (move != null) movements.move(c, move, meal, state);
        else if (rules.headcounts().place(c, meal != null, state, drafts)) return;
        // (福建北海线6人) 加1个吧 一共7个: people added to the route's figure just placed, no meal named.
        else if (RouteAddOn.follows(c, meal, state, last)) RouteAddOn.settle(c, last);
        else if (meal != null && facts.moves().peopleBefore(c, meal))
            drafts.waiting().add(c);
        else if (meal != null && !MealStep.shortfall(meal, last)) meals.place(c, meal, last, state);
        else if (c.has(Cue.CHANGE) && last != null && last.isMovement()) MovementRules.amend(c, last);
        else rules.movements().attach(c, state, drafts);
    }
}

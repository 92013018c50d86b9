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
    private final ReportStep report;

    ClauseSteps(Reading reading, MessageFacts facts, RuleFamilies rules, Drafts drafts, MessageTrail trail) {
        this.reading = reading;
        this.facts = facts;
        this.rules = rules;
        this.drafts = drafts;
        this.trail = trail;
        this.corrections = new CorrectionStep(reading, drafts);
        this.report = new ReportStep(reading, facts, rules, drafts, trail);
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
        // 6号车31人 | 湖南那个同志不在车上 | 所以30人: people not aboard are a remark; the figure after 所以 is the count.
        if (BusCountAside.remark(c, drafts.last())) {
            trail.explained = c;
            return;
        }
        if (BusCountAside.take(c, drafts.last())) return;
        // (内蒙明天分三批走) 早上七点一批十五人 | 十点一批二十个: each batch leaves at its time, no meal's figure.
        if (BatchLines.take(c, state, drafts, rules.movements())) return;
        // 1号车早上八点送第一批三十人去宜昌东站 D3072: the bus to the station is how they leave, no head count.
        if (BusToStation.take(c, state, drafts, rules.movements(), reading)) return;
        // 早上走的3个是去机场回济南 | 6点半已经出发了: when the leavers before set off.
        if (SetOffAtClock.take(c, drafts.last(), reading)) {
            trail.explained = c;
            return;
        }
        if (followsUp(c, meant, state)) return;
        if (visit(c, meant, state)) return;
        MealReading meal = meal(c, meant, state);
        if (issue(c, meal, state)) return;
        int before = drafts.size();
        report.take(c, meal, state);
        // 6号车已到柳州 31人 … 所以30人: the figure after 所以 is the bus's count.
        if (drafts.size() > before) BusCountAside.so(c, drafts.last());
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
        Draft switched = SwitchRouteTotal.lastSwitch(drafts);
        Integer switchedCount = switched == null ? null : switched.count;
        if (!rules.visits().place(c, meant, state, drafts)) return false;
        // 小王改去百色了 | 百色那边变成5个: the route's total now, not the people switching.
        SwitchRouteTotal.keep(c, switched, switchedCount, drafts);
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
        if (meal == null
                && meant.isEmpty()
                && c.has(Cue.CANCEL)
                && drafts.waiting().any()) {
            List<String> parts = drafts.waiting().meals(reading.lexicon());
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
        if (meal == null && WaitingClauses.unwell(c)) drafts.waiting().add(c);
        return true;
    }
}

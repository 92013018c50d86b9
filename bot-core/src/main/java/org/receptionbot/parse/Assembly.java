package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * Turns the clauses of one message into records: reads what holds for the whole message once
 * ({@link MessageFacts}), passes over the lines that report nothing ({@link NoticeLines}), lets the rule
 * families read each other clause in turn ({@link ClauseSteps}) and settles the outcome. What a clause
 * leaves unsaid (the delegation, the date, the meal) comes from the clauses before it ({@link ClauseState}),
 * then from the sender's delegation or the next serving of the meal; what cannot be known becomes a question.
 */
final class Assembly {
    private final Reading reading;
    private final RuleFamilies rules;
    private final Drafts drafts = new Drafts();
    private final boolean relay;
    private boolean open;

    /** @param relay an acknowledgement (收到, 好的 …) is read as a relay of new information, not as an echo */
    Assembly(Reading reading, boolean relay) {
        this.reading = reading;
        this.rules = RuleFamilies.of(reading);
        this.relay = relay;
    }

    ParseOutcome read(List<Clause> clauses) {
        MessageFacts facts = MessageFacts.of(clauses, reading);
        rules.issues().read(clauses);
        if (WholeMessageTalk.reportsNothing(clauses, reading, relay)) return new ParseOutcome.NothingToRecord();
        MessageTrail trail = new MessageTrail();
        ClauseSteps steps = new ClauseSteps(reading, facts, rules, drafts, trail);
        ClauseState state = ClauseState.START;
        ClauseState header = null;
        boolean notEating = false;
        List<Clause> quiet = new ArrayList<>();
        ListTail listTail = new ListTail();
        ListLineRemark remarks = new ListLineRemark();
        for (Clause c : clauses) {
            if (NoticeLines.skipped(c, facts, reading)) {
                if (NoticeLines.headsList(c, facts)) trail.listMove = MovementRules.kind(c);
                if (c.has(Cue.HEADER)) rules.visits().header(c);
                rules.visits().passed(c);
                state = state.after(c, ListHeaderMeals.of(c, rules.meals().meant(c), rules.meals()), false);
                if (c.has(Cue.HEADER) && !state.meals().isEmpty()) header = state;
                if (c.has(Cue.HEADER)) notEating = ListNotEating.heads(c);
                continue;
            }
            // 今天午饭接龙 | 5. 吉林 40 晚上38 | 6. 黑龙江31: each list line starts again from the header's meal and day.
            if (header != null && !c.teams().isEmpty() && ListLines.startsLine(c)) {
                state = state.withMealsOf(header);
                trail.listLine = c;
                remarks.opened(c, drafts.size());
            }
            List<String> meant = rules.meals().meant(c);
            int before = drafts.size();
            steps.step(c, meant, state);
            if (notEating && header != null && trail.listLine == c) ListNotEating.recast(c, drafts, before);
            // 原定25日返程: the old plan, replaced by the new one when a later statement gives it.
            if (c.has(Cue.PLANNED) && c.changeAt() < 0 && !c.has(Cue.AS_PLANNED)) drafts.markPlanned(before);
            // 更正：晚饭29人: the corrected statement replaces the earlier one about the same meal.
            if (c.has(Cue.CORRECTION) || state.correcting()) drafts.markCorrecting(before);
            if (drafts.size() == before && trail.explained != c) quiet.add(c);
            // 湖北30人、湖南35人中午吃饭: the items before the last take what it says.
            listTail.read(c, before, drafts, quiet);
            state = state.after(c, meant, drafts.size() > before);
        }
        remarks.apply(drafts, header, reading);
        return UnreadMeals.ask(settle(clauses, facts, state), clauses, quiet, reading);
    }

    /** The outcome of the drafts, once every clause is read. */
    private ParseOutcome settle(List<Clause> clauses, MessageFacts facts, ClauseState state) {
        if (IssueRules.settled(clauses)
                || IssueAsks.clearedByResult(reading.original()) && !MessageFacts.asksToAct(clauses))
            drafts.dropIssues();
        // 晚上少两个 去医院看病了: several of the sender's people taken to a doctor are a health matter besides.
        else CareTaken.apply(clauses, reading, drafts);
        AilingRoomMeal.apply(drafts, reading.original());
        // 医生说是韧带拉伤 今晚留院观察 晚饭减一: news of care given, the reason of the meal cut; no health matter.
        CareGivenNews.apply(clauses, drafts, reading.original());
        // 有个运动员胃不舒服 中饭能不能单独煮碗白粥: the diet (or the room) asked is the matter; the ailment says why.
        AilingReasons.apply(clauses, drafts, reading.original());
        CorrectedMovement.unresolved(clauses, drafts);
        BoardedTeam.apply(clauses, drafts, state.named(), reading.original());
        ColdReason.apply(clauses, drafts);
        ListMeal.apply(clauses, drafts);
        MealsAfterFigure.apply(clauses, drafts, rules.meals(), reading);
        AwayBeforeFigure.apply(drafts, reading.original());
        // 福建先走的16个 | 早饭不吃了: the people named by their move, the meal theirs; no departure reported.
        NamedByMove.dropNamedOnly(clauses, drafts, reading.original());
        // 湖南厅今天分两批到 | 第一批4人…12点05到: the batches are the movements, the header none of its own.
        BatchHeader.drop(drafts);
        // 晚饭只有6个 其他的回单位了: back at their office, the reason for the meal's figure; no one leaves.
        BackToWork.drop(drafts);
        // 江西明天不坐K1158了 改坐大巴: the train given up is no one's ticket.
        GivenUpTicket.apply(drafts, reading.original());
        // 14号车罗师傅 兵团3位送到机场了: a trip done, told by the staff; no departure, nothing to ask.
        int beforeSeenOff = drafts.size();
        SeenOff.drop(drafts, reading);
        // 行李车还没到啊 我们十点就要走了: the hour they must leave says how urgent the problem is; no departure.
        UrgentLeaving.drop(drafts);
        // 我们到车站了 去接他们: the sender's people at the station to meet others; the team arrives nowhere.
        MeetingAtStation.drop(drafts, reading.original());
        // 北海线…回程推迟到7点半: the route's trip back, no departure.
        RouteReturn.drop(drafts, clauses);
        // 7号车实到27，多的那个是临时换线过来的: the switch says why the bus's count is what it is.
        SwitchBesideCount.drop(drafts);
        boolean seenOff = drafts.size() < beforeSeenOff;
        // 那三个晚宴赶不上了 晚宴少3人: the meal missed, then how many miss it; one cancellation.
        FiguredCancel.drop(drafts);
        // 返程还在等领导定 大概28号吧: a plan not made yet is no movement, unless a figure or a transport says it.
        boolean pending = PlanPending.said(clauses);
        if (pending) drafts.dropIf(d -> d.isMovement() && d.count == null && d.transport == null);
        // 早餐统计：截至现在报了221人: a total over many delegations is no delegation's report.
        int drafted = drafts.size();
        drafts.dropIf(d -> MealTotals.total(d, reading, clauses));
        // 各车按原车号返回, 2点退房: a coordinator's movement word with no delegation, figure or transport.
        drafts.dropIf(d -> BareMovements.bare(d, reading, clauses));
        boolean total = drafts.size() < drafted;
        // 广西晚饭是52还是50来着: a figure said as one of two is none the sender is sure of.
        EitherFigure.drop(drafts);
        // 天津明天下午1点退房: a check-out with no other sign of leaving is asked back, not a departure.
        CheckOutOnly.confirm(clauses, drafts, reading.original());
        // 北海线还要加几个 一会儿报名单, 2号车还在上人 等齐了再数: the figure comes later; nothing to ask yet.
        if (MessageFacts.deferred(clauses)) drafts.dropFigureAsks();
        // 百色组的午饭会务组统一打包: a coordinator's word on how a route's group eats is a notice.
        int read = drafts.size();
        if (reading.sender() == null) drafts.dropIf(d -> RouteGroupMeals.notice(d, clauses, reading.original()));
        // 其他人晚饭正常回餐厅: a coordinator's meal as planned for no delegation is a notice to everyone, nothing to ask.
        if (reading.sender() == null)
            drafts.dropIf(d -> d.kind == Draft.Kind.MEAL_COUNT && d.team == null && d.count == null && d.asPlanned);
        boolean mealNotice = drafts.size() < read;
        ParseOutcome outcome = drafts.outcome(reading.sender(), state.named());
        // 九院餐厅：今天早餐加了热干面: a venue's own word, naming no delegation, asks nothing.
        if (outcome instanceof ParseOutcome.Incomplete i
                && i.records().isEmpty()
                && MessageFacts.noTeam(clauses)
                && VenueSays.speaks(reading)) return new ParseOutcome.NothingToRecord();
        // 5号车发动机故障灯亮了 我开去修理厂看看: a vehicle in trouble that no rule read is asked about, never dropped.
        if (outcome instanceof ParseOutcome.NothingToRecord && !reading.defers() && VehicleTroubleUnread.said(clauses))
            return unclear();
        if (outcome instanceof ParseOutcome.NothingToRecord
                && !facts.notice()
                && !facts.handled()
                && !pending
                && !total
                && !mealNotice
                && !seenOff
                && !WholeMessageTalk.calledTalk(clauses, reading)) {
            ParseOutcome asked = unclear();
            if (Reports.anyUnread(clauses, reading)) return asked;
            boolean odds = ReportOdds.shipped().asks(ReportShape.of(clauses, reading.sender() != null));
            if (odds && !saidNow()) return asked;
            // No rule called it talk: only the report odds keep it silent, which a part read as a report overrules.
            open = !odds;
        }
        return outcome;
    }

    /** 没能看懂: the message asked about as a whole. */
    private ParseOutcome unclear() {
        return new ParseOutcome.Incomplete(
                List.of(),
                List.of(new Gap(Gap.Field.UNCLEAR, null, reading.original().strip())));
    }

    /**
     * Whether the message read gave nothing while no rule called it talk, a notice, a plan pending or a total: only
     * the report odds ({@link ReportOdds}) left it silent. {@link ClauseFallback} then still tries its parts, so an
     * odds' verdict never silences a report a part of the message reads.
     */
    boolean open() {
        return open;
    }

    /**
     * "那三个人到了": a message no rule read that looks like a report to {@link ReportOdds} is not asked about when it
     * is marked as said now ({@link NowSaid}) and answered as an arrival seen.
     */
    private boolean saidNow() {
        return NowSaid.mark(new ParseOutcome.NothingToRecord(), reading.original())
                        .saidNow()
                != null;
    }
}

package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.ParseOutcome;

/**
 * The steps after the rules, in one place and in their order. {@link MessageParser} reads a message as front → rules →
 * {@link #AFTER_RULES} → {@link ClauseFallback} → {@link #AFTER_FALLBACK}. Each step but the denial is
 * {@link NoSilentLoss guarded}: it may withhold records only beside a question.
 */
final class Settling {
    /**
     * After the rules, on the whole message and on each part the fallback tries, in this order:
     *
     * <ol>
     *   <li>{@link SettlingStep.KindChecked}: first, so the net weighs the kinds the rules read, before any step
     *       changes them (its trials, {@link MessageParser#ruled}, replay the rules' outcome the same way).
     *   <li>{@link SettlingStep.MealFigureChecked}: also a check of the records as the rules read them.
     *   <li>{@link MealSettlingSteps#REST_PLANNED}: takes back the checks' question about a meal figure when the rest are
     *       said to eat as planned beside a cancel.
     *   <li>{@link MovementSettlingSteps.Pickup}: after the checks, whose questions about a pickup with no bus or a bus's
     *       count it answers when the message is a pickup said as done.
     *   <li>{@link MovementSettlingSteps.ArrivalShort}: after the checks, whose questions (a meal for "少一个", a bus for "来了33
     *       还差一个") it answers when the message is an arrival with some short.
     *   <li>{@link MovementSettlingSteps.ArrivalNews}: after the shortfall, before the count check, whose question
     *       about an arrival's figure it answers from the stretch that says it.
     *   <li>{@link MealSettlingSteps#LEAVERS_PACKED}: after the checks, which weighed the leavers alone ("明早走的6个要打包早餐"
     *       looks like no request to the net); only now is their packed meal a request.
     *   <li>{@link MealSettlingSteps#PACKED_MISSING}: after the checks, which weighed the packed meal as the meal's report;
     *       only now is packed food not received a problem.
     *   <li>{@link MealSettlingSteps#KEPT_PORTIONS}: after the checks, which weighed the kept portions as the meal's figure;
     *       only now are they a request.
     *   <li>{@link MealSettlingSteps#MISSED_KEPT}: after the kept portions, a meal missed with food kept is a request.
     *   <li>{@link SettlingStep.LeftFigure}: on the meals as they now stand.
     *   <li>{@link RouteSettlingSteps.RouteFigure}: after the kind net, whose question about a route change it takes back.
     *   <li>{@link SettlingStep.MovementCounted}: withholding a movement the steps above have kept.
     *   <li>{@link MovementSettlingSteps.LateForBus}: the few late for the bus with the full figure there no arrival.
     *   <li>{@link MovementSettlingSteps.BusCounted}: a bus's bare figure beside a remark, when nothing else was read.
     *   <li>{@link RouteSettlingSteps.RouteWent}: who went on a route, then who stayed, is the figure who went.
     *   <li>{@link RouteSettlingSteps.RouteReturn}: a route's people coming back on its day, no arrival.
     *   <li>{@link MovementSettlingSteps.LeaversPointedBack}: leavers pointed back to no new departure.
     *   <li>{@link MealSettlingSteps#AFTER_THE_MEAL}: last, on the departures the steps above left: one after a meal, with
     *       nothing of its own, is the plan.
     * </ol>
     */
    static final List<SettlingStep> AFTER_RULES = List.of(
            new SettlingStep.KindChecked(),
            new SettlingStep.MealFigureChecked(),
            MealSettlingSteps.REST_PLANNED,
            new MovementSettlingSteps.Pickup(),
            new MovementSettlingSteps.ArrivalShort(),
            new MovementSettlingSteps.ArrivalNews(),
            MealSettlingSteps.LEAVERS_PACKED,
            MealSettlingSteps.PACKED_MISSING,
            MealSettlingSteps.KEPT_PORTIONS,
            MealSettlingSteps.MISSED_KEPT,
            new SettlingStep.LeftFigure(),
            new RouteSettlingSteps.RouteFigure(),
            new SettlingStep.MovementCounted(),
            new MovementSettlingSteps.LateForBus(),
            new MovementSettlingSteps.BusCounted(),
            new RouteSettlingSteps.RouteWent(),
            new RouteSettlingSteps.RouteReturn(),
            new MovementSettlingSteps.LeaversPointedBack(),
            MealSettlingSteps.AFTER_THE_MEAL);

    /**
     * After the {@link ClauseFallback} (itself guarded against silencing what the whole message read), on the whole
     * message only, in this order:
     *
     * <ol>
     *   <li>{@link MovementSettlingSteps.DepartureDenied}: by design outside {@link NoSilentLoss}, and after it: a denied
     *       departure ("那4个人没有离会") may leave nothing to record, and the chat answers it by taking the recorded
     *       departure back ({@link DeniedDepartureWords#saidIn}; NoSilentLossTest exempts such messages).
     *   <li>{@link MealSettlingSteps#FINAL_FIGURE}: a meal's figure said, then the one meant after it (改成, 其实是, 一共,
     *       所以是), over what the rules and the fallback read of the reason around them.
     *   <li>{@link MealSettlingSteps#TOTAL_FIGURE}: a meal's diners told in parts, then the total they add up to.
     *   <li>{@link MealSettlingSteps#SITTINGS}: one meal eaten in sittings, each with its figure, no total said.
     *   <li>{@link MealSettlingSteps#ONLY_EATING}: "只有40个人回来吃饭" beside a group eating elsewhere with no figure.
     *   <li>{@link MealSettlingSteps#PACKED_PART}: a meal's figure, then a smaller share of it packed (早饭39 打包8份).
     *   <li>{@link MealSettlingSteps#ESCORT_REASON}: a meal's figure read as a health problem only, when its reason is
     *       people escorting someone to hospital (贵州中午是44 又有一个要陪着去医院).
     *   <li>{@link MealSettlingSteps#FROM_NOW_ON}: fewer from a meal on, beside the later meals' figure that is the size
     *       less them (从今晚开始少两个 明天三餐都是39), is that figure for the first meal too.
     *   <li>{@link MealSettlingSteps#KEPT_BESIDE_LEAVING}: a meal said eaten as usual beside a leaving (午饭照常吃了再走,
     *       早饭就在餐厅), over the question the rules and the fallback asked of it, is the meal as planned.
     *   <li>{@link MealSettlingSteps#REST_COUNTED}: the rest who stay and eat, counted (其余5位领导晚上在山庄用餐), are the
     *       meal's count, over the addition the rules read of them.
     *   <li>{@link RouteSettlingSteps.RouteStanding}: each route's standing figure over what the rules and the fallback read
     *       of its history, and over the questions about it.
     *   <li>{@link RouteSettlingSteps.FewerBeforeRoute}: a 少N个 with the route said after it, N people leaving that route.
     *   <li>{@link MealSettlingSteps#LATE_NIGHT_ORDERED}: a late-night order the rules and the fallback asked about, on an
     *       event that plans no such meal, is a request.
     *   <li>{@link MovementSettlingSteps.Landing}: a flight said by both ends, over whatever the rules and the fallback
     *       read of its two times, arrives at the landing time (or, going home, leaves at the take-off).
     *   <li>{@link MovementSettlingSteps.DepartureMerged}: last, over every departure the message leaves, the fallback's parts
     *       included; it only drops a setting-off beside the departure with its transport, so it never silences.
     * </ol>
     */
    static final List<SettlingStep> AFTER_FALLBACK = List.of(
            new MovementSettlingSteps.DepartureDenied(),
            MealSettlingSteps.FINAL_FIGURE,
            MealSettlingSteps.TOTAL_FIGURE,
            MealSettlingSteps.GUESTS_HELD,
            MealSettlingSteps.SITTINGS,
            MealSettlingSteps.ONLY_EATING,
            MealSettlingSteps.PACKED_PART,
            MealSettlingSteps.ESCORT_REASON,
            MealSettlingSteps.FROM_NOW_ON,
            MealSettlingSteps.KEPT_BESIDE_LEAVING,
            MealSettlingSteps.REST_COUNTED,
            new RouteSettlingSteps.RouteStanding(),
            new RouteSettlingSteps.FewerBeforeRoute(),
            MealSettlingSteps.LATE_NIGHT_ORDERED,
            new MovementSettlingSteps.Landing(),
            new MovementSettlingSteps.DepartureMerged());

    private Settling() {}

    /** {@code read} through {@code steps} in order, each guarded step kept from silencing what came before. */
    static ParseOutcome settle(List<SettlingStep> steps, ParseOutcome read, SettlingStep.Message message) {
        String original = message.front().original();
        ParseOutcome out = read;
        MessageCues cues = message.cues();
        for (SettlingStep s : steps) {
            if (cues != null && !s.mayChange(cues)) continue;
            out = s.guarded() ? NoSilentLoss.step(out, r -> s.apply(r, message), original) : s.apply(out, message);
        }
        return out;
    }
}

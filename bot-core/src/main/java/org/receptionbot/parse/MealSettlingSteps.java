package org.receptionbot.parse;

import java.util.function.BiFunction;
import org.receptionbot.message.ParseOutcome;

/**
 * The steps of {@link Settling} that settle a meal: the rest eating as planned, packed meals, kept portions,
 * late-night orders and leaving after a meal. Each hands what was read to one function of its family.
 */
final class MealSettlingSteps {
    private MealSettlingSteps() {}

    /** A step named {@code name} that settles what was read by {@code settle} alone. */
    record Step(String name, BiFunction<ParseOutcome, SettlingStep.Message, ParseOutcome> settle)
            implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return settle.apply(read, m);
        }
    }

    /** {@link RestEatAsPlanned}: the rest as planned after some counted off a meal leaves no meal figure unread. */
    static final Step REST_PLANNED = new Step(
            "RestPlanned", (read, m) -> RestEatAsPlanned.settled(read, m.front().original()));

    /** {@link PackedForLeavers}: the meal packed for a part of the team that leaves is a request beside them. */
    static final Step LEAVERS_PACKED = new Step(
            "LeaversPacked",
            (read, m) -> PackedForLeavers.add(
                    read, m.front().clauses(), m.lexicon(), m.front().original()));

    /** {@link PackedNotReceived}: packed food not received is a meal problem, not the meal as planned. */
    static final Step PACKED_MISSING = new Step(
            "PackedMissing",
            (read, m) -> PackedNotReceived.apply(read, m.front().original(), m.sender()));

    /** {@link KeptForGroup}: portions kept for a group, read as the meal's figure, become a request. */
    static final Step KEPT_PORTIONS = new Step("KeptPortions", KeptForGroup::apply);

    /** {@link MissedMealKept}: a meal missed with food asked to be kept is a request, no cancellation. */
    static final Step MISSED_KEPT = new Step("MissedKept", MissedMealKept::apply);

    /** {@link LateNightOrders}: a late-night order on an event that plans no such meal is a meal request. */
    static final Step LATE_NIGHT_ORDERED = new Step("LateNightOrdered", LateNightOrders::settled);

    /** {@link EatenThenLeaving}: leaving after a meal, nothing else said of it, is the plan; the figure the meal's. */
    static final Step AFTER_THE_MEAL = new Step("AfterTheMeal", EatenThenLeaving::settled);

    /** {@link MealKeptBesideLeaving}: a meal said eaten as usual beside a leaving is kept as planned. */
    static final Step KEPT_BESIDE_LEAVING = new Step(
            "KeptBesideLeaving",
            (read, m) -> MealKeptBesideLeaving.settled(read, m.front().original(), m.reread()));

    /** {@link RestAtMealCounted}: the rest who stay and eat, counted, are the meal's count, no addition. */
    static final Step REST_COUNTED = new Step(
            "RestCounted",
            (read, m) -> RestAtMealCounted.settled(read, m.front().original()));

    /** {@link FinalMealFigure}: a meal's figure said, then the one meant after it, is the meal's count. */
    static final Step FINAL_FIGURE = new Step(
            "FinalFigure", (read, m) -> FinalMealFigure.settled(read, m.front().original(), m.reread()));

    /** {@link PackedShare}: a meal's figure, then a smaller share of it packed, is the meal's count. */
    static final Step PACKED_PART = new Step(
            "PackedPart", (read, m) -> PackedShare.settled(read, m.front().original(), m.reread()));

    /** {@link MealBesideEscort}: a meal's figure, people away escorting someone to hospital, is no health problem. */
    static final Step ESCORT_REASON = new Step(
            "EscortReason",
            (read, m) -> MealBesideEscort.settled(read, m.front().original(), m.reread()));

    /** {@link OnlyThoseEating}: only N coming back to eat, a group with no figure elsewhere, is the meal's count. */
    static final Step ONLY_EATING = new Step(
            "OnlyEating", (read, m) -> OnlyThoseEating.settled(read, m.front().original(), m.reread()));

    /** {@link MealInSittings}: one meal eaten in sittings, each with its figure, is their sum. */
    static final Step SITTINGS = new Step(
            "Sittings", (read, m) -> MealInSittings.settled(read, m.front().original(), m.reread()));

    /** {@link GuestsInFigure}: guests said after a meal's figure that holds them are its reason, not more diners. */
    static final Step GUESTS_HELD = new Step(
            "GuestsHeld", (read, m) -> GuestsInFigure.settled(read, m.front().original()));

    /** {@link TotalAfterParts}: a meal's diners told in parts, then their total, is the meal's count. */
    static final Step TOTAL_FIGURE = new Step(
            "TotalFigure", (read, m) -> TotalAfterParts.settled(read, m.front().original(), m.reread()));

    /** {@link FewerFromNowOn}: fewer from a meal on, the later meals' figure the size less them, is that figure. */
    static final Step FROM_NOW_ON = new Step(
            "FromNowOn", (read, m) -> FewerFromNowOn.settled(read, m.front().original(), m.lexicon()));
}

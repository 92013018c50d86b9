package org.receptionbot.parse;

import org.receptionbot.message.ParseOutcome;

/**
 * The steps of {@link Settling} that settle a meal: the rest eating as planned, packed meals, kept portions,
 * late-night orders and leaving after a meal.
 */
final class MealSettlingSteps {
    private MealSettlingSteps() {}

    /** {@link RestEatAsPlanned}: the rest as planned after some counted off a meal leaves no meal figure unread. */
    record RestPlanned() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return RestEatAsPlanned.settled(read, m.front().original());
        }
    }

    /** {@link PackedForLeavers}: the meal packed for a part of the team that leaves is a request beside them. */
    record LeaversPacked() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            Front f = m.front();
            return PackedForLeavers.add(read, f.clauses(), m.lexicon(), f.original());
        }
    }

    /** {@link PackedNotReceived}: packed food not received is a meal problem, not the meal as planned. */
    record PackedMissing() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return PackedNotReceived.apply(read, m.front().original(), m.sender());
        }
    }

    /** {@link KeptForGroup}: portions kept for a group, read as the meal's figure, become a request. */
    record KeptPortions() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return KeptForGroup.apply(read, m);
        }
    }

    /** {@link MissedMealKept}: a meal missed with food asked to be kept is a request, no cancellation. */
    record MissedKept() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return MissedMealKept.apply(read, m);
        }
    }

    /** {@link LateNightOrders}: a late-night order on an event that plans no such meal is a meal request. */
    record LateNightOrdered() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return LateNightOrders.settled(read, m);
        }
    }

    /** {@link EatenThenLeaving}: leaving after a meal, nothing else said of it, is the plan; the figure the meal's. */
    record AfterTheMeal() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return EatenThenLeaving.settled(read, m);
        }
    }

    /** {@link FinalMealFigure}: a meal's figure said, then the one meant after it, is the meal's count. */
    record FinalFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return FinalMealFigure.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link PackedShare}: a meal's figure, then a smaller share of it packed, is the meal's count. */
    record PackedPart() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return PackedShare.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link MealBesideEscort}: a meal's figure, people away escorting someone to hospital, is no health problem. */
    record EscortReason() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return MealBesideEscort.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link OnlyThoseEating}: only N coming back to eat, a group with no figure elsewhere, is the meal's count. */
    record OnlyEating() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return OnlyThoseEating.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link TotalAfterParts}: a meal's diners told in parts, then their total, is the meal's count. */
    record TotalFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return TotalAfterParts.settled(read, m.front().original(), m.reread());
        }
    }
}

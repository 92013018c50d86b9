package org.receptionbot.parse;

import java.util.function.Function;
import org.receptionbot.message.ParseOutcome;

/**
 * One step after the rules: it takes what was read so far and settles it (asks about what was left unread, turns
 * what was read into what was meant, drops what the message takes back). {@link Settling} holds the steps in their
 * order.
 */
sealed interface SettlingStep {
    /** {@code read} settled, for {@code message}. */
    ParseOutcome apply(ParseOutcome read, Message message);

    /** Whether {@link NoSilentLoss} keeps this step from silencing what was read or asked. */
    default boolean guarded() {
        return true;
    }

    /**
     * The message a step settles: its {@link Front} (of the text as read), the text as sent to the parser, the
     * delegation the sender is bound to (null when none), the event's words, and how a part of it reads whole (the
     * rules and {@link Settling#AFTER_RULES}, with the same sender and time).
     */
    record Message(Front front, String sent, String sender, Lexicon lexicon, Function<String, ParseOutcome> reread) {
        /** Whether the sender is bound to a delegation. */
        boolean bound() {
            return sender != null;
        }
    }

    /** {@link KindNet}: asks where the kinds read disagree strongly with what the message looks like. */
    record KindChecked() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            Front f = m.front();
            return KindNet.shipped().check(read, f.clauses(), m.bound(), f.original());
        }
    }

    /** {@link UnreadMealFigure}: asks about a meal figure the rules left unread. */
    record MealFigureChecked() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return UnreadMealFigure.check(read, m.front().clauses(), m.front().original());
        }
    }

    /** {@link RestEatAsPlanned}: the rest as planned after some counted off a meal leaves no meal figure unread. */
    record RestPlanned() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return RestEatAsPlanned.settled(read, m.front().original());
        }
    }

    /** {@link PickedUp}: a pickup said as done is the arrival of those met, the ones still to come their own. */
    record Pickup() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return PickedUp.settled(read, m);
        }
    }

    /** {@link ArrivedShort}: an arrival said as done with some short is those who came, the rest their own arrival. */
    record ArrivalShort() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return ArrivedShort.settled(read, m);
        }
    }

    /** {@link PackedForLeavers}: the meal packed for a part of the team that leaves is a request beside them. */
    record LeaversPacked() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            Front f = m.front();
            return PackedForLeavers.add(read, f.clauses(), m.lexicon(), f.original());
        }
    }

    /** {@link PackedNotReceived}: packed food not received is a meal problem, not the meal as planned. */
    record PackedMissing() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return PackedNotReceived.apply(read, m.front().original(), m.sender());
        }
    }

    /** {@link KeptForGroup}: portions kept for a group, read as the meal's figure, become a request. */
    record KeptPortions() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return KeptForGroup.apply(read, m);
        }
    }

    /** {@link MissedMealKept}: a meal missed with food asked to be kept is a request, no cancellation. */
    record MissedKept() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return MissedMealKept.apply(read, m);
        }
    }

    /** {@link LeftFigureAsks}: asks about a figure left beside what was read. */
    record LeftFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            Front f = m.front();
            return LeftFigureAsks.ask(read, f.clauses(), f.text(), f.original());
        }
    }

    /** {@link RouteFigureSettled}: a route's figure settled against the routes the message names. */
    record RouteFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return RouteFigureSettled.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link FinalMealFigure}: a meal's figure said, then the one meant after it, is that meal's count. */
    record FinalFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return FinalMealFigure.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link OnlyThoseEating}: only N coming back to eat, a group with no figure elsewhere, is the meal's count. */
    record OnlyEating() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return OnlyThoseEating.settled(read, m.front().original(), m.reread());
        }
    }

    /** {@link RouteStandingFigure}: each route's figure as it stands when the message is done, its history dropped. */
    record RouteStanding() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return RouteStandingFigure.settled(read, m.front());
        }
    }

    /** {@link FewerThenRoute}: "湖北又少一个 柳州线的老陈": N people leaving the route said after the 少N个. */
    record FewerBeforeRoute() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return FewerThenRoute.settled(read, m.front(), m.sender());
        }
    }

    /** {@link UncountedMovement}: asks about a movement read with no count where the message speaks of parts. */
    record MovementCounted() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            Front f = m.front();
            return UncountedMovement.ask(read, f.clauses(), f.text(), f.original());
        }
    }

    /** {@link LateToBus}: the few late for the bus, said with the full figure there, are no arrival. */
    record LateForBus() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return LateToBus.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link BusCountRemarks}: a bus's bare figure beside a remark on who is missing or back is its count. */
    record BusCounted() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return BusCountRemarks.settled(read, m);
        }
    }

    /** {@link WentAndStayed}: who went on a route, then who stayed: the figure who went. */
    record RouteWent() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return WentAndStayed.settled(read, m);
        }
    }

    /** {@link LateNightOrders}: a late-night order on an event that plans no such meal is a meal request. */
    record LateNightOrdered() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return LateNightOrders.settled(read, m);
        }
    }

    /** {@link RouteReturns}: a route's people coming back on its day are no arrival. */
    record RouteReturn() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return RouteReturns.settled(read, m);
        }
    }

    /** {@link PointedLeavers}: leavers pointed back to are the departure already reported. */
    record LeaversPointedBack() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return PointedLeavers.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link EatenThenLeaving}: leaving after a meal, nothing else said of it, is the plan; the figure the meal's. */
    record AfterTheMeal() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return EatenThenLeaving.settled(read, m);
        }
    }

    /** {@link DeniedDepartureWords}: no departure when the message denies one; unguarded (see {@link Settling}). */
    record DepartureDenied() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return DeniedDepartureWords.without(
                    read, m.sent(), m.front().local().toLocalDate(), m.reread());
        }

        @Override
        public boolean guarded() {
            return false;
        }
    }

    /** {@link TransportDeparture}: one departure per ticket, the setting-off merged into it; drops only a duplicate. */
    record DepartureMerged() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            return TransportDeparture.merged(read, m.sent());
        }

        @Override
        public boolean guarded() {
            return false;
        }
    }
}

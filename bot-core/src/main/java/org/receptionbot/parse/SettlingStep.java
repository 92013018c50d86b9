package org.receptionbot.parse;

import java.util.function.Function;
import org.receptionbot.message.ParseOutcome;

/**
 * One step after the rules: it takes what was read so far and settles it (asks about what was left unread, turns
 * what was read into what was meant, drops what the message takes back). {@link Settling} holds the steps in their
 * order.
 */
sealed interface SettlingStep
        permits SettlingStep.KindChecked,
                SettlingStep.MealFigureChecked,
                SettlingStep.LeftFigure,
                SettlingStep.MovementCounted,
                MealSettlingSteps.Step,
                RouteSettlingSteps.RouteFigure,
                RouteSettlingSteps.RouteStanding,
                RouteSettlingSteps.FewerBeforeRoute,
                RouteSettlingSteps.RouteWent,
                RouteSettlingSteps.RouteReturn,
                MovementSettlingSteps.Pickup,
                MovementSettlingSteps.ArrivalShort,
                MovementSettlingSteps.ArrivalNews,
                MovementSettlingSteps.LateForBus,
                MovementSettlingSteps.BusCounted,
                MovementSettlingSteps.LeaversPointedBack,
                MovementSettlingSteps.DepartureDenied,
                MovementSettlingSteps.Landing,
                MovementSettlingSteps.DepartureMerged {
    /** {@code read} settled, for {@code message}. */
    ParseOutcome apply(ParseOutcome read, Message message);

    /**
     * The step's precondition: false when the message lacks a kind of words without which the step returns what it is
     * given unchanged, so it need not run ({@link MessageCues}).
     */
    default boolean mayChange(MessageCues cues) {
        return true;
    }

    /** Whether {@link NoSilentLoss} keeps this step from silencing what was read or asked. */
    default boolean guarded() {
        return true;
    }

    /**
     * The message a step settles: its {@link Front} (of the text as read), the text as sent to the parser, the
     * delegation the sender is bound to (null when none), the event's words, and how a part of it reads whole (the
     * rules and {@link Settling#AFTER_RULES}, with the same sender and time); {@code cues}, what kinds the message holds, or
     * null to run every step whatever it holds.
     */
    record Message(
            Front front,
            String sent,
            String sender,
            Lexicon lexicon,
            Function<String, ParseOutcome> reread,
            MessageCues cues) {
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

    /** {@link LeftFigureAsks}: asks about a figure left beside what was read. */
    record LeftFigure() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, Message m) {
            Front f = m.front();
            return LeftFigureAsks.ask(read, f.clauses(), f.text(), f.original());
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
}

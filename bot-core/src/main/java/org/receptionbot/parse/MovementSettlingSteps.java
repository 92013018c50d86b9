package org.receptionbot.parse;

import org.receptionbot.message.ParseOutcome;

/**
 * The steps of {@link Settling} that settle arrivals and departures: pickups done, arrivals short, the few late
 * for a bus, a bus's count, leavers pointed back, departures denied or merged.
 */
final class MovementSettlingSteps {
    private MovementSettlingSteps() {}

    /** {@link PickedUp}: a pickup said as done is the arrival of those met, the ones still to come their own. */
    record Pickup() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return PickedUp.settled(read, m);
        }
    }

    /** {@link ArrivedShort}: an arrival said as done with some short is those who came, the rest their own arrival. */
    record ArrivalShort() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return ArrivedShort.settled(read, m);
        }
    }

    /** {@link ArrivedWithNews}: an arrival said done at the head of other news carries its figure, train and hour. */
    record ArrivalNews() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return ArrivedWithNews.settled(read, m);
        }
    }

    /** {@link LateToBus}: the few late for the bus, said with the full figure there, are no arrival. */
    record LateForBus() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return LateToBus.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link BusCountRemarks}: a bus's bare figure beside a remark on who is missing or back is its count. */
    record BusCounted() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return BusCountRemarks.settled(read, m);
        }
    }

    /** {@link PointedLeavers}: leavers pointed back to are the departure already reported. */
    record LeaversPointedBack() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return PointedLeavers.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link DeniedDepartureWords}: no departure when the message denies one; unguarded (see {@link Settling}). */
    record DepartureDenied() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return DeniedDepartureWords.without(
                    read, m.sent(), m.front().local().toLocalDate(), m.reread());
        }

        @Override
        public boolean guarded() {
            return false;
        }
    }

    /** {@link FlightLanding}: a flight said by both ends arrives at its landing time, or leaves at its take-off. */
    record Landing() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return FlightLanding.settled(read, m.front());
        }
    }

    /** {@link TransportDeparture}: one departure per ticket, the setting-off merged into it; drops only a duplicate. */
    record DepartureMerged() implements SettlingStep {
        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            // and the people counted right after a ticket are who take it (TicketFigure)
            return TicketFigure.counted(TransportDeparture.merged(read, m.sent()), m.sent());
        }

        @Override
        public boolean guarded() {
            return false;
        }
    }
}

package org.receptionbot.parse;

import org.receptionbot.message.ParseOutcome;

/**
 * The steps of {@link Settling} that settle a route's figure: against the routes named, as it stands at the
 * end, people leaving it, who went and who came back.
 */
final class RouteSettlingSteps {
    private RouteSettlingSteps() {}

    /** {@link RouteFigureSettled}: a route's figure settled against the routes the message names. */
    record RouteFigure() implements SettlingStep {
        /** No route named, nothing to settle. */
        @Override
        public boolean mayChange(MessageCues cues) {
            return cues.routes();
        }

        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return RouteFigureSettled.settled(read, m.front().text(), m.front().mentions());
        }
    }

    /** {@link RouteStandingFigure}: each route's figure as it stands when the message is done, its history dropped. */
    record RouteStanding() implements SettlingStep {
        /** No route named, nothing to settle. */
        @Override
        public boolean mayChange(MessageCues cues) {
            return cues.routes();
        }

        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return RouteStandingFigure.settled(read, m.front());
        }
    }

    /** {@link FewerThenRoute}: "湖北又少一个 柳州线的老陈": N people leaving the route said after the 少N个. */
    record FewerBeforeRoute() implements SettlingStep {
        /** No route named, nothing to settle. */
        @Override
        public boolean mayChange(MessageCues cues) {
            return cues.routes();
        }

        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return FewerThenRoute.settled(read, m.front(), m.sender());
        }
    }

    /** {@link WentAndStayed}: who went on a route, then who stayed: the figure who went. */
    record RouteWent() implements SettlingStep {
        /** No route named, nothing to settle. */
        @Override
        public boolean mayChange(MessageCues cues) {
            return cues.routes();
        }

        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return WentAndStayed.settled(read, m);
        }
    }

    /** {@link RouteReturns}: a route's people coming back on its day are no arrival. */
    record RouteReturn() implements SettlingStep {
        /** No route named, nothing to settle. */
        @Override
        public boolean mayChange(MessageCues cues) {
            return cues.routes();
        }

        @Override
        public ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
            return RouteReturns.settled(read, m);
        }
    }
}

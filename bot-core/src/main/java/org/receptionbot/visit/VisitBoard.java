package org.receptionbot.visit;

import java.util.List;

/**
 * The lists of the routes asked for.
 *
 * @param asked the route word asked for, or null for all routes
 * @param routes in the event file's order; empty when the word names no route or the event has none
 */
public record VisitBoard(String asked, List<RouteList> routes) {

    public VisitBoard {
        routes = List.copyOf(routes);
    }
}

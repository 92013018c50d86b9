package org.receptionbot.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.BusPlan;

/** What a bus should carry on its site-visit route of a day, from the route's list as it stands ({@link RouteList#expected}). */
public final class RouteBusPlans implements BusPlan.Source {
    private final Event event;
    private final VisitBoards boards;

    public RouteBusPlans(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    @Override
    public Optional<BusPlan> of(String vehicle, LocalDate day) {
        Vehicle v = event.vehicle(vehicle).orElse(null);
        List<VisitRoute> routes = event.routesOf(vehicle).stream()
                .filter(r -> r.date().equals(day))
                .toList();
        if (v == null || routes.size() != 1) return Optional.empty();
        return boards.list(routes.get(0).id()).map(l -> plan(l, v));
    }

    private static BusPlan plan(RouteList l, Vehicle v) {
        Integer expected = l.expected(v);
        List<String> together =
                expected == null ? l.buses().stream().map(b -> b.vehicle().id()).toList() : List.of();
        boolean thin =
                l.buses().stream().filter(b -> b.vehicle().id().equals(v.id())).anyMatch(l::thin);
        return new BusPlan(l.route().name(), expected, together, l.total(), thin);
    }
}

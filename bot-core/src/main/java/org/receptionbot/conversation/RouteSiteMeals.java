package org.receptionbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.access.People;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.reminder.SiteMeals;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * The route meal settlements in force ({@link SettledRouteMeals}) as the site's eaters: each delegation a settlement
 * took off the hotel's serving eats it at the site with its people on the route as they stand, so a drop-out after it
 * is one fewer there too ({@link RouteMealCuts} gives the hotel the difference back). A later settlement of the same
 * delegation and meal replaces an earlier one.
 */
public final class RouteSiteMeals implements SiteMeals {
    private final SettledRouteMeals settled;
    private final VisitBoards boards;

    public RouteSiteMeals(Event event, Ledger ledger, VisitBoards boards, People people) {
        this.settled = new SettledRouteMeals(event, ledger, boards, people);
        this.boards = boards;
    }

    @Override
    public List<Eating> at(VisitRoute route, Instant at) {
        List<DelegationLine> now =
                boards.listAt(route.id(), at).map(RouteList::delegations).orElse(List.of());
        Map<String, Eating> eating = new LinkedHashMap<>();
        for (SettledRouteMeals.Settled s : settled.on(route.date())) {
            if (s.at().isAfter(at) || s.routes().stream().noneMatch(r -> r.id().equals(route.id()))) continue;
            List<String> cut = new ArrayList<>();
            for (DelegationLine then : boards.listAt(route.id(), s.at())
                    .map(RouteList::delegations)
                    .orElse(List.of()))
                if (then.people() > 0 && s.follows(then.delegation())) cut.add(then.delegation());
            for (DelegationLine line : now)
                if (line.people() > 0 && cut.contains(line.delegation()))
                    eating.put(
                            line.delegation() + ":" + s.meal().id(),
                            new Eating(line.delegation(), s.meal(), line.people()));
        }
        List<Eating> inListOrder = new ArrayList<>();
        for (DelegationLine line : now)
            for (Eating e : eating.values()) if (e.delegation().equals(line.delegation())) inListOrder.add(e);
        return inListOrder;
    }
}

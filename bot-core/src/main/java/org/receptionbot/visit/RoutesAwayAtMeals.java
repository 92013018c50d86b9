package org.receptionbot.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.RoutesAway;

/**
 * The routes of a serving's day that left before it began, with the people on their lists now whose delegation has
 * not reported the serving.
 */
public final class RoutesAwayAtMeals implements RoutesAway {
    private final Event event;
    private final VisitBoards boards;

    public RoutesAwayAtMeals(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    @Override
    public List<Away> at(LocalDate date, Meal meal, Set<String> reported) {
        List<Away> away = new ArrayList<>();
        for (VisitRoute route : event.visits()) {
            if (!route.date().equals(date) || meal.serveFrom().isBefore(route.depart())) continue;
            int people = boards.list(route.id())
                    .map(l -> l.delegations().stream()
                            .filter(d -> !reported.contains(d.delegation()))
                            .mapToInt(DelegationLine::people)
                            .sum())
                    .orElse(0);
            if (people > 0) away.add(new Away(route.name(), people));
        }
        return away;
    }
}

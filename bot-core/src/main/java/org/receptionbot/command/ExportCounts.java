package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.visit.RouteList;

/**
 * A day's bus head counts for the export, each with the route or delegation it is for and the
 * people expected where that is known.
 */
final class ExportCounts {
    private final HeadcountBoards boards;

    ExportCounts(HeadcountBoards boards) {
        this.boards = boards;
    }

    List<ExportContent.Count> of(LocalDate day, List<ExportContent.Route> routes) {
        return boards.board(day).stream().map(l -> count(l, routes)).toList();
    }

    private static ExportContent.Count count(HeadcountLine l, List<ExportContent.Route> routes) {
        Optional<RouteList> route = routes.stream()
                .map(ExportContent.Route::list)
                .filter(r -> r.buses().stream()
                        .anyMatch(b -> b.vehicle().id().equals(l.vehicle().id())))
                .findFirst();
        String task = route.map(r -> r.route().name())
                .orElse(l.delegation() == null ? null : l.delegation().name());
        // On a route the people expected are the route's, not the size of the delegation named.
        Integer expected =
                route.map(r -> r.buses().size() == 1 ? r.total() : null).orElse(l.expected());
        return new ExportContent.Count(l.vehicle(), task, l.counted(), expected, l.reporter(), l.at());
    }
}

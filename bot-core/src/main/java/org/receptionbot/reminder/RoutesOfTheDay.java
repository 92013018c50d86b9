package org.receptionbot.reminder;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;
import org.receptionbot.visit.VisitSummary;

/**
 * A day's site-visit routes as the briefing shows them: one line per route with its totals, and
 * where to see the full list; empty on a day without.
 */
final class RoutesOfTheDay {
    private final VisitBoards boards;

    /** @param boards the lists, or null when the briefing leaves them out */
    RoutesOfTheDay(VisitBoards boards) {
        this.boards = boards;
    }

    String of(LocalDate day) {
        if (boards == null) return "";
        List<RouteList> routes = boards.board(null, day).routes();
        if (routes.isEmpty()) return "";
        StringBuilder s = new StringBuilder("考察线路（").append(routes.size()).append("条）：\n");
        for (RouteList l : routes) s.append(VisitSummary.line(l)).append('\n');
        return s.toString();
    }
}

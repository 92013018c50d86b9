package org.receptionbot.reminder;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

/** A day's site-visit routes with their lists, as the briefing shows them; empty on a day without. */
final class RoutesOfTheDay {
    private final VisitBoards boards;
    private final VisitBoardText text;

    /** @param boards the lists, or null when the briefing leaves them out */
    RoutesOfTheDay(VisitBoards boards, VisitBoardText text) {
        this.boards = boards;
        this.text = text;
    }

    String of(LocalDate day) {
        if (boards == null) return "";
        List<RouteList> routes = boards.board(null, day).routes();
        if (routes.isEmpty()) return "";
        StringBuilder s = new StringBuilder("考察线路（").append(routes.size()).append("条）：\n");
        for (RouteList l : routes) s.append(text.route(l)).append('\n');
        return s.toString();
    }
}

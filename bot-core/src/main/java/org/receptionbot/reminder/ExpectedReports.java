package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.VenueBoard;

/**
 * Whom the reminder before a meal's count deadline chases: the delegations there at the serving
 * that have not reported it. 宵夜 ({@value #ON_REQUEST}, outside 三餐) is taken on request, and the
 * event file does not say who takes it; so for it a delegation is chased only when its last 宵夜
 * report on an earlier day asked for some: one that has never ordered 宵夜, or last said it takes
 * none, is not expected to report.
 */
final class ExpectedReports {
    static final String ON_REQUEST = "LATE_NIGHT";

    private final Event event;
    private final MealBoards boards;

    ExpectedReports(Event event, MealBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    List<Delegation> missing(MealBoard board, Instant now) {
        if (!board.meal().id().equals(ON_REQUEST)) return board.notReported();
        Map<String, Boolean> takes = lastAsked(board, now);
        return board.notReported().stream()
                .filter(d -> takes.getOrDefault(d.id(), false))
                .toList();
    }

    /** Per delegation, whether its last report of the meal before the board's day asked for some. */
    private Map<String, Boolean> lastAsked(MealBoard board, Instant now) {
        Map<String, Boolean> takes = new HashMap<>();
        for (LocalDate d = event.start(); d.isBefore(board.date()); d = d.plusDays(1)) {
            for (VenueBoard venue : boards.board(d, board.meal(), now).venues()) {
                for (DelegationDiners line : venue.delegations()) {
                    if (line.count().reported())
                        takes.put(line.delegation().id(), line.count().diners() > 0);
                }
            }
        }
        return takes;
    }
}

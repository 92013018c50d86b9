package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.HeldLines;
import org.receptionbot.visit.VisitBoard;
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

/**
 * {@code /visits [路线]}: the site-visit routes with their people, buses and head counts, and the
 * visit reports of those routes waiting for their sender's confirmation (not in the lists), and the held counts
 * of their buses (not in the head count).
 */
public final class VisitLists {
    private final VisitBoards boards;
    private final VisitBoardText text;
    private final HeldFigures held;
    private final HeldLines heldLines;

    /** Lists that show nothing held for a confirmation. */
    public VisitLists(VisitBoards boards, VisitBoardText text) {
        this(boards, text, null, null);
    }

    /** @param held the reports held for a confirmation, shown as 待确认; null for none */
    public VisitLists(VisitBoards boards, VisitBoardText text, HeldFigures held, HeldLines heldLines) {
        this.boards = boards;
        this.text = text;
        this.held = held;
        this.heldLines = heldLines;
    }

    Answer answer(Command.Visits v, Instant now) {
        VisitBoard board = boards.board(v.route(), null);
        String lists = text.render(board);
        if (held == null || board.routes().isEmpty()) return Answer.of(lists);
        List<HeldFigure> all = held(board, now);
        // a held count of a route's bus is listed too, as not in the head count (未计入清点)
        String waiting = (heldLines.render(
                                all.stream()
                                        .filter(h -> !(h.record() instanceof Headcount))
                                        .toList(),
                                "名单")
                        + heldLines.render(
                                all.stream()
                                        .filter(h -> h.record() instanceof Headcount)
                                        .toList(),
                                "清点"))
                .stripTrailing();
        return Answer.of(waiting.isEmpty() ? lists : lists + "\n" + waiting);
    }

    private List<HeldFigure> held(VisitBoard board, Instant now) {
        Set<String> routes = board.routes().stream().map(l -> l.route().id()).collect(Collectors.toSet());
        Set<String> buses = board.routes().stream()
                .flatMap(l -> l.route().vehicles().stream())
                .collect(Collectors.toSet());
        Set<LocalDate> days = board.routes().stream().map(l -> l.route().date()).collect(Collectors.toSet());
        return days.stream()
                .sorted()
                .flatMap(d -> held.figures(d, now).stream())
                .filter(h -> h.record() instanceof Visit r && routes.contains(r.route())
                        || h.record() instanceof VisitChange c && (routes.contains(c.from()) || routes.contains(c.to()))
                        || h.record() instanceof Headcount b && buses.contains(b.vehicle()))
                .toList();
    }
}

package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.summary.BusContact;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;

/**
 * A day's bus head counts for the export, each with the route or delegation it is for and the
 * people expected where that is known; the buses of the day's routes not counted yet with whom to
 * call.
 */
final class ExportCounts {
    private final HeadcountBoards boards;

    ExportCounts(HeadcountBoards boards) {
        this.boards = boards;
    }

    List<ExportContent.Count> of(LocalDate day) {
        return boards.board(day).stream().map(ExportCounts::count).toList();
    }

    private static ExportContent.Count count(HeadcountLine l) {
        String task = l.plan() != null
                ? l.plan().route()
                : l.delegation() == null ? null : l.delegation().name();
        return new ExportContent.Count(l.vehicle(), task, l.counted(), l.expected(), l.reporter(), l.at(), note(l));
    }

    private static String note(HeadcountLine l) {
        if (!l.reported()) return BusContact.of(l.vehicle());
        return l.thin() ? l.flag().substring(1) : null;
    }
}

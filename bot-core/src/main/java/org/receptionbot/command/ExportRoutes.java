package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;
import org.receptionbot.visit.VisitStep;

/** The site-visit routes of a day, with the names and change lines their sheets show. */
final class ExportRoutes {
    private final VisitBoards boards;
    private final RecordText texts;

    ExportRoutes(VisitBoards boards, RecordText texts) {
        this.boards = boards;
        this.texts = texts;
    }

    List<ExportContent.Route> of(LocalDate day) {
        return boards.board(null, day).routes().stream().map(this::route).toList();
    }

    private ExportContent.Route route(RouteList l) {
        List<String> names = l.delegations().stream()
                .map(d -> texts.delegation(d.delegation()))
                .toList();
        List<String> changes = l.changes().stream().map(this::change).toList();
        return new ExportContent.Route(l, names, changes);
    }

    private String change(VisitStep step) {
        return texts.clock(step.entry().source().at()) + " "
                + texts.describe(step.entry().record()) + "（"
                + step.entry().source().senderName() + "）";
    }
}

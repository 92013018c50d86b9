package org.receptionbot.command;

import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

/** {@code /visits [路线]}: the site-visit routes with their people, buses and head counts. */
public final class VisitLists {
    private final VisitBoards boards;
    private final VisitBoardText text;

    public VisitLists(VisitBoards boards, VisitBoardText text) {
        this.boards = boards;
        this.text = text;
    }

    Answer answer(Command.Visits v) {
        return Answer.of(text.render(boards.board(v.route(), null)));
    }
}

package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Meal;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.visit.VisitBoards;

/** Builds the content of an export for a date range (the chat command and the CLI mode use it). */
public final class ExportBuilder {
    private final Desk desk;

    public ExportBuilder(Desk desk) {
        this.desk = desk;
    }

    public ExportContent build(LocalDate from, LocalDate to, Instant now) {
        ExportRoutes routes = new ExportRoutes(new VisitBoards(desk.event(), desk.ledger()), desk.texts());
        if (to.isBefore(from)) throw new IllegalArgumentException("to is before from: " + from + " > " + to);
        List<ExportContent.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<MealBoard> meals = new ArrayList<>();
            for (Meal meal : desk.event().meals()) meals.add(desk.meals().board(d, meal, now));
            days.add(new ExportContent.Day(d, meals, desk.movements().board(d), routes.of(d)));
        }
        return new ExportContent(from, to, days, desk.issues().pending(now));
    }
}

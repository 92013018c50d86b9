package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/** Builds the content of an export for a date range (the chat command and the CLI mode use it). */
public final class ExportBuilder {
    private final Event event;
    private final MealBoards meals;
    private final MovementBoards movements;
    private final IssueBoards issues;
    private final ExportRoutes routes;
    private final ExportCounts counts;

    public ExportBuilder(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            IssueBoards issues,
            VisitBoards visits,
            HeadcountBoards headcounts) {
        this.event = event;
        this.meals = meals;
        this.movements = movements;
        this.issues = issues;
        this.routes = new ExportRoutes(visits, new RecordText(event));
        this.counts = new ExportCounts(headcounts);
    }

    /**
     * The export of the days {@code from} to {@code to} as they stand at {@code now}: the meal boards of the days meals
     * are served ({@link Event#serves(LocalDate)}, none for the others), every day's movements, routes and head counts.
     */
    public ExportContent build(LocalDate from, LocalDate to, Instant now) {
        if (to.isBefore(from)) throw new IllegalArgumentException("to is before from: " + from + " > " + to);
        List<ExportContent.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            // a day with no meals served (an arrival day before the first day) has no boards, as 查看午餐 answers
            // "不在活动日期内" for it; its movements and head counts stay
            List<MealBoard> boards = new ArrayList<>();
            if (event.serves(d)) for (Meal meal : event.meals()) boards.add(meals.board(d, meal, now));
            List<ExportContent.Route> visits = routes.of(d);
            days.add(new ExportContent.Day(d, boards, movements.board(d), visits, counts.of(d)));
        }
        return new ExportContent(from, to, days, issues.pending(now), issues.resolved(from, to));
    }
}

package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Vehicle;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.visit.RouteList;

/**
 * What an export holds for a date range: per day the board of every meal (delegations by meals,
 * venue totals), the movements, the site-visit routes, the bus head counts, the issues still
 * waiting at the time of export, and the issues resolved on its days.
 *
 * @param resolved the issues resolved on the export's days, each line's age the time it took
 */
public record ExportContent(
        LocalDate from, LocalDate to, List<Day> days, List<IssueLine> issues, List<IssueLine> resolved) {

    public ExportContent {
        days = List.copyOf(days);
        issues = List.copyOf(issues);
        resolved = List.copyOf(resolved);
    }

    /** An export with no issue resolved on its days. */
    public ExportContent(LocalDate from, LocalDate to, List<Day> days, List<IssueLine> issues) {
        this(from, to, days, issues, List.of());
    }

    /**
     * One day: a board per meal in the event's order (none on a day no meals are served, such as an arrival day
     * before the event's first day), its movements, its site-visit routes and its buses' head counts in the event
     * file's order of vehicles.
     */
    public record Day(
            LocalDate date, List<MealBoard> meals, MovementBoard movements, List<Route> visits, List<Count> counts) {
        public Day {
            meals = List.copyOf(meals);
            visits = List.copyOf(visits);
            counts = List.copyOf(counts);
        }

        /** A day without head counts. */
        public Day(LocalDate date, List<MealBoard> meals, MovementBoard movements, List<Route> visits) {
            this(date, meals, movements, visits, List.of());
        }

        /** A day without site visits. */
        public Day(LocalDate date, List<MealBoard> meals, MovementBoard movements) {
            this(date, meals, movements, List.of());
        }
    }

    /**
     * A site-visit route's list, ready for its sheet.
     *
     * @param names the delegations' names, in the order of the list's delegations
     * @param changes the changes since the plan, each as its time, what it said and who sent it
     */
    public record Route(RouteList list, List<String> names, List<String> changes) {
        public Route {
            names = List.copyOf(names);
            changes = List.copyOf(changes);
        }
    }

    /**
     * A bus's last head count of a day, or a bus of the day's site-visit routes not counted yet.
     *
     * @param task the site-visit route the bus serves that day, else the delegation it carries, or null
     * @param counted the people counted, or null when the bus has not counted
     * @param expected the people it should carry where known: the delegation it alone carries, or
     *     the route's people when it is the route's only bus; else null
     * @param reporter the name of who sent the count, or null
     * @param at when the count was sent, or null when not counted
     * @param note whom to call about a bus not counted ("随车联络员 蓝玉梅 13577100005"), or what to
     *     check of its count ("仅5人（45座），请核实"); else null
     */
    public record Count(
            Vehicle vehicle, String task, Integer counted, Integer expected, String reporter, Instant at, String note) {

        /** A count with nothing to note. */
        public Count(Vehicle vehicle, String task, Integer counted, Integer expected, String reporter, Instant at) {
            this(vehicle, task, counted, expected, reporter, at, null);
        }
    }
}

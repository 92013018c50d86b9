package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bot's timed work between two moments, done in order as if the time had passed: each
 * meal-count reminder and lock, each evening's briefing and departure checks, each custom reminder,
 * each site-visit list, update check and head-count check, fired with its own moment as the time; what is no longer
 * due at the end of the jump (a meal's reminder once its deadline has passed, its locked board once it is served, a
 * route's notices once it has arrived) is not said. What was said before stays silent ({@link SaidOnce}, and a
 * reminder is removed when said). The sandbox runs it as its pretend clock moves on; weather checks
 * need the network and are not part of it.
 */
public final class CatchUp {

    /** One piece of work done: what it was, when it was due, and its outcome. */
    public record Done(String what, Instant at, Object outcome) {}

    private record Point(String what, Instant at, Supplier<Object> fire) {}

    private final MealDeadlines deadlines;
    private final Briefings briefings;
    private final Reminders reminders;
    private final LocalTime briefingAt;
    private final ZoneId zone;
    private final VisitNotices visits;

    public CatchUp(
            MealDeadlines deadlines, Briefings briefings, Reminders reminders, LocalTime briefingAt, ZoneId zone) {
        this(deadlines, briefings, reminders, briefingAt, zone, null);
    }

    /** @param visits the site-visit lists, updates and count checks, or null for an event without them */
    public CatchUp(
            MealDeadlines deadlines,
            Briefings briefings,
            Reminders reminders,
            LocalTime briefingAt,
            ZoneId zone,
            VisitNotices visits) {
        this.deadlines = deadlines;
        this.briefings = briefings;
        this.reminders = reminders;
        this.briefingAt = briefingAt;
        this.zone = zone;
        this.visits = visits;
    }

    /**
     * Does the work due in ({@code from}, {@code to}], in time order. A custom reminder still
     * stored from before {@code from} is said at {@code from} (or dropped if too late).
     */
    public List<Done> between(Instant from, Instant to) {
        if (!to.isAfter(from)) return List.of();
        List<Point> points = new ArrayList<>();
        for (MealDeadlines.Due due : deadlines.ahead(from)) {
            if (due.at().isAfter(to)) break;
            points.add(new Point(
                    due.kind() + " " + due.date() + " " + due.meal(),
                    due.at(),
                    () -> deadlines.fire(due.kind(), due.date(), due.meal(), due.at(), to)));
        }
        evenings(from, to, points);
        if (visits != null) visits(from, to, points);
        for (Reminder r : reminders.dueBy(to)) {
            Instant at = r.due().isAfter(from) ? r.due() : from;
            points.add(new Point("reminder " + r.id(), at, () -> reminders.deliver(r.id(), at)));
        }
        points.sort(Comparator.comparing(Point::at));
        return points.stream()
                .map(p -> new Done(p.what(), p.at(), p.fire().get()))
                .toList();
    }

    private void visits(Instant from, Instant to, List<Point> points) {
        List<VisitNotices.Due> due = new ArrayList<>(visits.ahead(from));
        due.addAll(visits.updates(from, to));
        for (VisitNotices.Due d : due) {
            if (d.at().isAfter(to)) continue;
            String what = "visit " + d.kind() + " " + d.route();
            points.add(new Point(what, d.at(), () -> visits.fire(d.kind(), d.route(), d.at(), to)));
        }
    }

    private void evenings(Instant from, Instant to, List<Point> points) {
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate evening = d;
            Instant at = d.atTime(briefingAt).atZone(zone).toInstant();
            if (!at.isAfter(from) || at.isAfter(to)) continue;
            points.add(new Point("briefing " + d, at, () -> briefings.evening(evening, at)));
            points.add(new Point("departure checks " + d, at, () -> briefings.departureChecks(evening, at)));
        }
    }
}

package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * The records held for a confirmation or for the answer to a two-way question
 * ({@link Pending.Confirmation}), and the venues' actual counts held for a confirmation, by the day
 * they are for: a meal record's or a movement's date, a visit's route date, an actual count's date,
 * anything else the day it was sent. A hold lasts until the last of its days has passed.
 */
public final class HeldFigures {
    private final Event event;
    private final PendingQuestions pending;
    private final HeldReports listed;

    public HeldFigures(Event event, PendingQuestions pending, HeldReports listed) {
        this.event = event;
        this.pending = pending;
        this.listed = listed;
    }

    /** Keeps {@code held} under {@code key} until its days have passed, and lists it under each. */
    public void hold(String key, Pending.Confirmation held, Instant now) {
        pending.put(key, held, until(held, now));
        for (LocalDate day : days(held.records(), held.source())) listed.list(day, key);
    }

    /** Keeps a venue's actual count under {@code key} until its day has passed, and lists it under that day. */
    public void hold(String key, Pending.ActualConfirmation held, Instant now) {
        pending.put(key, held, until(held.actual().date(), now));
        listed.list(held.actual().date(), key);
    }

    /** The venues' actual counts for {@code day} waiting for a confirmation at {@code now}. */
    public List<ActualCount> actuals(LocalDate day, Instant now) {
        List<ActualCount> found = new ArrayList<>();
        for (String key : new TreeSet<>(listed.keys(day)))
            if (pending.peek(key, now).orElse(null) instanceof Pending.ActualConfirmation a
                    && day.equals(a.actual().date())) found.add(a.actual());
        return found;
    }

    /** What waits under the listed keys for {@code day} at {@code now}, each with its key. */
    public List<Listed> on(LocalDate day, Instant now) {
        List<Listed> found = new ArrayList<>();
        for (String key : new TreeSet<>(listed.keys(day))) {
            if (!(pending.peek(key, now).orElse(null) instanceof Pending.Confirmation c)) continue;
            for (Record r : c.records())
                if (day.equals(day(r, c.source())))
                    found.add(new Listed(key, new HeldFigure(r, c.source(), c.question())));
        }
        found.sort(Comparator.comparing(l -> l.figure().source().at()));
        return found;
    }

    /** The held figures for {@code day} at {@code now}. */
    public List<HeldFigure> figures(LocalDate day, Instant now) {
        return on(day, now).stream().map(Listed::figure).toList();
    }

    /** The day a record is for. */
    public LocalDate day(Record r, Source source) {
        if (r instanceof MealRecord m && m.date() != null) return m.date();
        if (r instanceof Movement m && m.date() != null) return m.date();
        String route = r instanceof Visit v ? v.route() : r instanceof VisitChange c ? first(c.to(), c.from()) : null;
        return event.visits().stream()
                .filter(v -> v.id().equals(route))
                .map(VisitRoute::date)
                .findFirst()
                .orElseGet(() -> LocalDate.ofInstant(source.at(), event.zone()));
    }

    private TreeSet<LocalDate> days(Collection<Record> records, Source source) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Record r : records) days.add(day(r, source));
        return days;
    }

    /** The end of the last day of {@code records}, and never less than an hour from {@code now}. */
    public Instant until(Collection<Record> records, Source source, Instant now) {
        return until(days(records, source).last(), now);
    }

    private Instant until(Pending.Confirmation held, Instant now) {
        return until(held.records(), held.source(), now);
    }

    private Instant until(LocalDate last, Instant now) {
        Instant end = last.plusDays(1).atStartOfDay(event.zone()).toInstant();
        Instant least = now.plusSeconds(3600);
        return end.isAfter(least) ? end : least;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** A held figure and the key it waits under. */
    public record Listed(String key, HeldFigure figure) {}
}

package org.receptionbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * The site visits told in time: each route's list to its receiving site and the coordinators
 * {@code listLead} before its arrival, then every change to it as an update until the arrival;
 * {@code countAfter} its departure, the buses without a head count reminded. Each is said once
 * across restarts and instances ({@link SaidOnce}).
 */
public final class VisitNotices {

    /** The moments of a route. */
    public enum Kind {
        /** The list to the site, before the arrival. */
        LIST,
        /** A change since the list was sent; checked every {@link #UPDATE_EVERY} until the arrival. */
        UPDATE,
        /** The buses that have not counted, after the departure. */
        COUNT
    }

    /** A moment to fire at. */
    public record Due(Kind kind, String route, Instant at) {}

    /** When a route's changes are looked for: after {@code from} (its list), until {@code to} (its arrival). */
    public record Window(String route, Instant from, Instant to) {}

    /** How often the changes since a route's list are looked for. */
    public static final Duration UPDATE_EVERY = Duration.ofMinutes(1);

    private final Event event;
    private final SiteLists lists;
    private final BusCountCheck counts;

    public VisitNotices(
            Event event,
            VisitBoards boards,
            RecordText records,
            Outbox outbox,
            SaidOnce said,
            Duration listLead,
            Duration countAfter) {
        this(event, boards, records, outbox, said, listLead, countAfter, SiteMeals.NONE);
    }

    /** @param meals who of a route's visitors eat at its site, named in its list and updates */
    public VisitNotices(
            Event event,
            VisitBoards boards,
            RecordText records,
            Outbox outbox,
            SaidOnce said,
            Duration listLead,
            Duration countAfter,
            SiteMeals meals) {
        this.event = event;
        this.lists = new SiteLists(event, boards, records, outbox, said, listLead, meals);
        this.counts = new BusCountCheck(event, boards, outbox, said, countAfter);
    }

    /** Every list and count check still ahead of {@code now}, in time order (no updates: see {@link #updates}). */
    public List<Due> ahead(Instant now) {
        List<Due> due = new ArrayList<>();
        for (VisitRoute r : event.visits()) {
            if (lists.listAt(r).isAfter(now)) due.add(new Due(Kind.LIST, r.id(), lists.listAt(r)));
            if (counts.at(r).isAfter(now)) due.add(new Due(Kind.COUNT, r.id(), counts.at(r)));
        }
        due.sort(Comparator.comparing(Due::at));
        return due;
    }

    /** The update checks of every route in ({@code from}, {@code to}]: every {@link #UPDATE_EVERY} after its list, until its arrival. */
    public List<Due> updates(Instant from, Instant to) {
        List<Due> due = new ArrayList<>();
        for (VisitRoute r : event.visits()) {
            Instant end = lists.arrival(r).isBefore(to) ? lists.arrival(r) : to;
            for (Instant at = lists.listAt(r).plus(UPDATE_EVERY); !at.isAfter(end); at = at.plus(UPDATE_EVERY))
                if (at.isAfter(from)) due.add(new Due(Kind.UPDATE, r.id(), at));
        }
        due.sort(Comparator.comparing(Due::at));
        return due;
    }

    /** Each route's update checks: from its list's time to its arrival. */
    public List<Window> updateWindows() {
        return event.visits().stream()
                .map(r -> new Window(r.id(), lists.listAt(r), lists.arrival(r)))
                .toList();
    }

    public Spoken fire(Kind kind, String route, Instant now) {
        return fire(kind, route, now, now);
    }

    /**
     * Fires a moment due at {@code now} but said at {@code saidAt} (a sandbox jump past it): nothing of a route
     * is said once its arrival has passed by {@code saidAt} ({@link Spoken#TOO_LATE}), as at its own time.
     */
    public Spoken fire(Kind kind, String route, Instant now, Instant saidAt) {
        VisitRoute r = route(route);
        if (!saidAt.isBefore(lists.arrival(r))) return Spoken.TOO_LATE;
        return switch (kind) {
            case LIST -> lists.list(r, now);
            case UPDATE -> lists.update(r, now);
            case COUNT -> counts.fire(r, now);
        };
    }

    /** What a route's list is said once under: {@link SaidOnce#said} tells whether it went to its site. */
    public static String listKey(VisitRoute r) {
        return "visit-list:" + r.id() + ":" + r.date();
    }

    private VisitRoute route(String id) {
        return event.route(id).orElseThrow(() -> new IllegalArgumentException("unknown route " + id));
    }
}

package org.receptionbot.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** Reads the routes' lists from the ledger: the use case behind {@code /visits} and the site's list. */
public final class VisitBoards {
    private final Event event;
    private final Ledger ledger;
    private final VisitLedger visits;

    public VisitBoards(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.visits = new VisitLedger(event);
    }

    /**
     * The lists of one route or of all.
     *
     * @param route a route's id, name or alias (北海线, 北海), or null for every route
     * @param date only the routes of that day, or null for every visit day
     */
    public VisitBoard board(String route, LocalDate date) {
        List<RouteList> lists = new ArrayList<>();
        for (LocalDate day : days(date)) {
            for (RouteList l : visits.lists(ledger.day(day), movements())) {
                if (route == null || named(l.route(), route)) lists.add(l);
            }
        }
        return new VisitBoard(route, lists);
    }

    /** One route's list as it stands, empty when the event has no such route id. */
    public Optional<RouteList> list(String routeId) {
        return event.route(routeId)
                .flatMap(r -> visits.lists(ledger.day(r.date()), movements()).stream()
                        .filter(l -> l.route().id().equals(routeId))
                        .findFirst());
    }

    /** One route's list as it would stand without the movement entries {@code ids}: what they changed. */
    public Optional<RouteList> listWithout(String routeId, Set<String> ids) {
        List<Entry> moves =
                movements().stream().filter(e -> !ids.contains(e.id())).toList();
        return event.route(routeId)
                .flatMap(r -> visits.lists(ledger.day(r.date()), moves).stream()
                        .filter(l -> l.route().id().equals(routeId))
                        .findFirst());
    }

    /** A delegation's people on a route's list as it stands; 0 when the route or the delegation is not on it. */
    public int people(String routeId, String delegation) {
        return list(routeId).map(l -> l.people(delegation)).orElse(0);
    }

    /**
     * Whether the delegation's own words put people of it on a route of {@code day} its plan does not have it on
     * ({@link SpreadByOwnWord}): a few of it leaving are asked their route.
     */
    public boolean spreadByOwnWord(String delegation, LocalDate day) {
        List<VisitRoute> routes =
                event.visits().stream().filter(r -> r.date().equals(day)).toList();
        return SpreadByOwnWord.spread(delegation, routes, ledger.day(day), Instant.MAX);
    }

    /** A delegation's people on a route as {@code proposed} would leave them; 0 when the event has no such route. */
    public int peopleWith(String routeId, String delegation, List<Record> proposed) {
        return event.route(routeId)
                .map(r -> visits.peopleAfter(ledger.day(r.date()), movements(), proposed, routeId, delegation))
                .orElse(0);
    }

    /**
     * One route's list as it stood at {@code at}: only the messages sent by then, and the
     * withdrawals made by then; empty when the event has no such route id.
     */
    public Optional<RouteList> listAt(String routeId, Instant at) {
        return event.route(routeId).flatMap(r -> {
            DayLog log = ledger.day(r.date());
            DayLog then = new DayLog(
                    log.day(),
                    log.entries().stream()
                            .filter(e -> !e.source().at().isAfter(at))
                            .toList(),
                    log.withdrawn().entrySet().stream()
                            .filter(w -> !w.getValue().by().at().isAfter(at))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            List<Entry> moves = ledger.activeMovements().stream()
                    .filter(e -> !e.source().at().isAfter(at))
                    .toList();
            return visits.lists(then, moves).stream()
                    .filter(l -> l.route().id().equals(routeId))
                    .findFirst();
        });
    }

    /**
     * The moments in ({@code from}, {@code to}] at which something that may change a route's list was sent or taken
     * back (its day's entries and withdrawals, the movements), in order and once each: where {@link #listAt} may differ.
     */
    public List<Instant> changedAt(String routeId, Instant from, Instant to) {
        Set<Instant> at = new java.util.TreeSet<>();
        event.route(routeId).ifPresent(r -> {
            DayLog log = ledger.day(r.date());
            log.entries().forEach(e -> at.add(e.source().at()));
            log.withdrawn().values().forEach(w -> at.add(w.by().at()));
            ledger.activeMovements().forEach(e -> at.add(e.source().at()));
        });
        return at.stream().filter(t -> t.isAfter(from) && !t.isAfter(to)).toList();
    }

    /**
     * What applying a VISIT or VISIT_CHANGE now would be flagged with, before it is recorded: the
     * conversation asks instead when it is not {@link VisitFlag#NONE}.
     *
     * @param sent the day the message was sent, for a change that names no route
     */
    public VisitFlag trial(Record proposed, LocalDate sent) {
        LocalDate day = dayOf(proposed, sent);
        return day == null ? VisitFlag.NO_ROUTE : visits.trial(ledger.day(day), movements(), proposed);
    }

    private LocalDate dayOf(Record r, LocalDate sent) {
        String route = r instanceof Visit v
                ? v.route()
                : r instanceof VisitChange c ? (c.to() != null ? c.to() : c.from()) : null;
        if (route != null) return event.route(route).map(VisitRoute::date).orElse(null);
        return days(null).stream().filter(d -> !d.isBefore(sent)).findFirst().orElse(null);
    }

    private List<LocalDate> days(LocalDate date) {
        Set<LocalDate> days = new LinkedHashSet<>();
        event.visits().stream().map(VisitRoute::date).sorted().forEach(days::add);
        if (date != null) days.retainAll(Set.of(date));
        return List.copyOf(days);
    }

    private static boolean named(VisitRoute r, String word) {
        return r.id().equals(word) || r.words().contains(word);
    }

    private List<Entry> movements() {
        return ledger.activeMovements();
    }
}

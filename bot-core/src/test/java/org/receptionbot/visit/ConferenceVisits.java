package org.receptionbot.visit;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Record;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/**
 * The reference conference with an in-memory ledger: records said at a local time, the visit lists
 * read back. Routes baise (buses 1, 2), beihai (3, 4, 5, 9) and liuzhou (6, 7) leave on 12-09 at
 * 13:30.
 */
final class ConferenceVisits {
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    final Event event;
    final InMemoryLedger ledger = new InMemoryLedger();
    final Recorder recorder;
    final VisitBoards boards;

    ConferenceVisits(Event event) {
        this.event = event;
        this.recorder = new Recorder(event, ledger, new InMemoryIssueBook());
        this.boards = new VisitBoards(event, ledger);
    }

    ConferenceVisits() {
        this(TestEvents.conference());
    }

    /** The conference whose vehicles each have {@code seats} seats and one bus liaison. */
    static ConferenceVisits withSeats(int seats) {
        Event e = TestEvents.conference();
        List<Vehicle> vehicles = e.vehicles().stream()
                .map(v -> new Vehicle(
                        v.id(),
                        v.plate(),
                        v.driver(),
                        "1390000000" + v.id().charAt(0),
                        v.delegation(),
                        seats,
                        List.of(new org.receptionbot.event.Person(
                                "联络员" + v.id(), "1380000000" + v.id().charAt(0), java.util.Map.of()))))
                .toList();
        return new ConferenceVisits(new Event(
                e.name(),
                e.zone(),
                e.start(),
                e.end(),
                e.location(),
                e.meals(),
                e.venues(),
                e.hotels(),
                e.delegations(),
                vehicles,
                e.coordinators(),
                e.chats(),
                e.visits()));
    }

    /** Applies records sent by {@code sender} at a local time ("2026-12-09T10:00"). */
    void say(String at, String sender, Record... records) {
        recorder.apply(Sources.at(at, sender), List.of(records));
    }

    RouteList route(String id) {
        return boards.list(id).orElseThrow();
    }

    int people(String route, String delegation) {
        return route(route).people(delegation);
    }
}

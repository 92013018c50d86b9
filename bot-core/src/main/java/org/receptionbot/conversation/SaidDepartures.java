package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * The one place where the departures a message was read to are matched to the team's planned and recorded departures
 * ({@link TeamDepartures}) before they are taken: which recorded departure each means on its day ({@link
 * MeantDeparture}: the leaving hour kept, the plan filled in by the parser), then on which day a departure dated today
 * for want of a day word falls ({@link DepartureDayAhead}: a change of a departure ahead takes its day, or its day is
 * asked, fitted to the batch and hour it changes). A new rule about which departure or which day is meant goes here.
 */
final class SaidDepartures {
    private final Event event;
    private final Ledger ledger;
    private final DepartureDayAhead ahead;

    SaidDepartures(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.ahead = new DepartureDayAhead(event, ledger);
    }

    /** {@code read}, from {@code text}, with each departure as the one meant and on its day, or its day asked. */
    ParseOutcome read(ParseOutcome read, String text, Asked asked) {
        read = newTransport(read, text, asked);
        LocalTime kept = MeantDeparture.keptHourSaid(text);
        ParseOutcome meant = kept == null ? read : each(read, (d, team) -> MeantDeparture.keptHour(d, kept, team));
        meant = each(meant, (d, team) -> MeantDeparture.pickUpHour(d, text));
        meant = each(meant, (d, team) -> MeantDeparture.planKept(d, text, team));
        boolean now = meant.saidNow() != null;
        meant = each(meant, (d, team) -> MeantDeparture.planFilled(d, text, now, team));
        return ahead.dated(besideOthers(meant, text), text, asked);
    }

    /** An unread message saying only a new train or flight ({@link NewTransportOnly}) as the team's departure on it. */
    private ParseOutcome newTransport(ParseOutcome read, String text, Asked asked) {
        if (!(read instanceof ParseOutcome.NothingToRecord) && !Unclear.only(read)) return read;
        String team = asked.sender().delegation();
        Optional<String> transport = NewTransportOnly.said(text);
        if (team == null || transport.isEmpty()) return read;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        return NewTransportOnly.on(team, TeamDepartures.of(event, ledger, team), transport.get(), now)
                .<ParseOutcome>map(d -> new ParseOutcome.Understood(List.of(d)))
                .orElse(read);
    }

    /** {@code read} without the departures that only say again the day the team leaves, beside other records. */
    private ParseOutcome besideOthers(ParseOutcome read, String text) {
        if (!(read instanceof ParseOutcome.Understood)
                || read.records().stream().allMatch(r -> r instanceof Departure)) return read;
        List<Record> kept = read.records().stream()
                .filter(r -> !(r instanceof Departure d
                        && d.delegation() != null
                        && MeantDeparture.dayAgain(d, text, TeamDepartures.of(event, ledger, d.delegation()))))
                .toList();
        return kept.size() == read.records().size() ? read : read.withRecords(kept);
    }

    /**
     * Whether {@code read} says again, of each departure of a few people in it, a batch recorded ({@link
     * TeamDepartures#restated}): nothing new to ask about those people, such as the route they were on.
     */
    boolean restatesBatches(ParseOutcome read) {
        if (read instanceof ParseOutcome.Understood u && u.further()) return false;
        List<Departure> batches = read.records().stream()
                .filter(r -> r instanceof Departure d && d.delegation() != null && d.count() != null)
                .map(Departure.class::cast)
                .toList();
        return !batches.isEmpty()
                && batches.stream()
                        .allMatch(d ->
                                TeamDepartures.of(event, ledger, d.delegation()).restated(d) != null);
    }

    /** A rule choosing the departure meant by {@code d} among its team's departures; {@code d} itself when none. */
    private interface Rule {
        Departure meant(Departure d, TeamDepartures team);
    }

    /** {@code read} with each departure of a named team replaced by the one {@code rule} says it means. */
    private ParseOutcome each(ParseOutcome read, Rule rule) {
        List<Record> kept = new ArrayList<>();
        boolean changed = false;
        for (Record r : read.records()) {
            Departure meant = r instanceof Departure d && d.delegation() != null
                    ? rule.meant(d, TeamDepartures.of(event, ledger, d.delegation()))
                    : null;
            changed |= meant != null && meant != r;
            kept.add(meant == null ? r : meant);
        }
        return changed ? read.withRecords(kept) : read;
    }
}

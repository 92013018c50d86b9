package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/**
 * A meal cancelled for the people of a partial departure is for those leavers, however the departure
 * is recorded again afterwards: they are taken from each meal they miss once. Hunan: 35 people;
 * breakfast 07:00–09:00.
 */
class LeaversLinkTest {
    private static final LocalDate NOV23 = LocalDate.of(2026, 11, 23);
    private final Event event = TestEvents.withPeople();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final MealBoards boards = new MealBoards(event, ledger);

    private List<Entry> say(String at, Record... records) {
        return recorder.apply(Sources.at(at, "li"), List.of(records)).entries();
    }

    /** {@code done} recorded in place of {@code waiting}, first known when it was, as a confirmation is. */
    private List<Entry> again(String at, Entry waiting, Departure done) {
        Source s = Sources.at(at, "li").knownSince(waiting.source().knownAt());
        recorder.withdraw(List.of(waiting), s);
        return recorder.apply(s, List.of(done), List.of(waiting)).entries();
    }

    private int breakfast() {
        return boards.count(NOV23, event.meal("BREAKFAST").orElseThrow(), "hunan")
                .diners();
    }

    private static Departure leaving(int h, int m, Integer count) {
        return new Departure("hunan", NOV23, LocalTime.of(h, m), count, null);
    }

    private static MealCancel noBreakfast(Integer count) {
        return new MealCancel("hunan", NOV23, "BREAKFAST", count);
    }

    @Test
    void theCancelSentWithThePartialDepartureBelongsToIt() {
        List<Entry> said = say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(6));

        assertThat(said.get(1).movement()).isEqualTo(said.get(0).id());
        assertThat(said.get(0).movementId()).isEqualTo(said.get(0).id());
        assertThat(breakfast()).isEqualTo(29);
    }

    @Test
    void theLeaversConfirmedGoneBeforeTheirTimeAreTakenFromBreakfastOnce() {
        List<Entry> said = say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(6));

        List<Entry> confirmed = again("2026-11-23T06:30", said.get(0), leaving(6, 30, 6));

        assertThat(confirmed.get(0).movementId()).isEqualTo(said.get(0).id());
        assertThat(breakfast()).isEqualTo(29);
    }

    @Test
    void aDepartureRecordedAgainTwiceIsStillTheOneTheCancelIsFor() {
        List<Entry> said = say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(6));
        List<Entry> first = again("2026-11-22T21:00", said.get(0), leaving(6, 50, 6));

        again("2026-11-23T06:30", first.get(0), leaving(6, 30, 6));

        assertThat(breakfast()).isEqualTo(29);
    }

    @Test
    void aDepartureCorrectedToFewerLeaversTakesOnlyThemWhenTheCancelIsTheirs() {
        List<Entry> said = say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(6));

        again("2026-11-22T20:30", said.get(0), leaving(7, 0, 5));

        assertThat(breakfast()).isEqualTo(30);
    }

    @Test
    void aCancelInAnotherMessageIsOtherPeopleAndIsTakenToo() {
        say("2026-11-22T20:05", leaving(7, 0, 6));
        List<Entry> cancel = say("2026-11-22T20:10", noBreakfast(6));

        assertThat(cancel.get(0).movement()).isNull();
        assertThat(breakfast()).isEqualTo(23);
    }

    @Test
    void theCancelCountsWhenTheLeaversAreStillThereAsBreakfastBegins() {
        List<Entry> said = say("2026-11-22T20:05", leaving(8, 10, 6), noBreakfast(6));

        again("2026-11-23T07:50", said.get(0), leaving(7, 50, 6));

        assertThat(breakfast()).isEqualTo(29);
    }

    @Test
    void aWholeDelegationCancelIsUntouched() {
        say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(null));

        assertThat(breakfast()).isZero();
    }

    @Test
    void aCancelStoredBeforeLinksStillBelongsToTheDepartureOfItsMessage() {
        Source s = Sources.at("2026-11-22T20:05", "li");
        List<Entry> unlinked = List.of(
                new Entry(s.messageKey() + "#0", NOV23, leaving(7, 0, 6), s, false),
                new Entry(s.messageKey() + "#1", NOV23, noBreakfast(6), s, false));
        ledger.append(
                s.messageKey(),
                unlinked.stream()
                        .map(EntryFields::write)
                        .map(EntryFields::readEntry)
                        .toList());

        assertThat(unlinked.stream().map(EntryFields::write)).noneMatch(f -> f.containsKey("entry.movement"));
        assertThat(breakfast()).isEqualTo(29);
    }

    @Test
    void theLinkIsStoredWithTheEntry() {
        List<Entry> said = say("2026-11-22T20:05", leaving(7, 0, 6), noBreakfast(6));
        Map<String, String> f = EntryFields.write(said.get(1));

        assertThat(f).containsEntry("entry.movement", said.get(0).id());
        assertThat(EntryFields.readEntry(f)).isEqualTo(said.get(1));
    }
}

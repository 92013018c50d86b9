package org.receptionbot.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.receptionbot.app.event.Sample;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.VisitRoute;

class SampleEventTodayTest {

    @Test
    void onAnyDayTheSampleEventRunsWithTodayAsItsSixthDayAndEveryDateMovedAlike() {
        // 2027-03-01 16:30 UTC is already 2 March in Shanghai, the event's zone.
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T16:30:00Z"), ZoneOffset.UTC);

        Event event = ((EventReading.Valid) SampleEventToday.read(clock)).event();

        LocalDate today = LocalDate.of(2027, 3, 2);
        assertThat(event.start()).isEqualTo(today.minusDays(5));
        assertThat(event.end()).isEqualTo(today.plusDays(6));
        Delegation beijing = event.delegations().get(0);
        assertThat(beijing.arrival().date()).isEqualTo(event.start());
    }

    @Test
    void onTheFilesOwnDayNothingMoves() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

        Event event = ((EventReading.Valid) SampleEventToday.read(clock)).event();

        assertThat(event.start()).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void theConferenceSampleHasItsVisitDayTodayWithASiteChatPerRouteAndABusLiaisonPerCoach() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T16:30:00Z"), ZoneOffset.UTC);

        Event event = ((EventReading.Valid) SampleEventToday.read(clock, Sample.CONFERENCE)).event();

        LocalDate today = LocalDate.of(2027, 3, 2);
        assertThat(event.visits()).extracting(VisitRoute::id).containsExactly("baise", "beihai", "liuzhou");
        assertThat(event.visits()).allSatisfy(r -> {
            assertThat(r.date()).isEqualTo(today);
            assertThat(event.siteChats(r.id())).hasSize(1);
            assertThat(event.vehiclesOf(r))
                    .filteredOn(v -> v.seats() == 45)
                    .allSatisfy(v -> assertThat(v.liaisons()).hasSize(1));
        });
        assertThat(event.coordinators()).isNotEmpty();
        assertThat(event.delegations()).allSatisfy(d -> assertThat(d.liaisons()).hasSize(1));
    }

    @Test
    void shiftMovesEveryIsoDateAcrossMonthEnds() {
        assertThat(SampleEventToday.shift("start: 2026-11-29\n  arrival: {date: 2026-11-30}", 2))
                .isEqualTo("start: 2026-12-01\n  arrival: {date: 2026-12-02}");
    }
}

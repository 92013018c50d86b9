package org.receptionbot.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Meals are served on the day after the last day only for a delegation planned to leave after the last day; an event
 * with no such departure planned (the conference sample plans no departures at all) serves up to its own last day.
 */
class LastServiceDayTest {

    @Test
    void anEventThatPlansNoDeparturesServesUpToItsLastDay() {
        Event event = TestEvents.conference();

        assertThat(event.lastServiceDay()).isEqualTo(event.end());
        assertThat(event.serves(event.end())).isTrue();
        assertThat(event.serves(event.end().plusDays(1))).isFalse();
        assertThat(event.serves("hunan", event.end().plusDays(1))).isFalse();
        assertThat(event.serves(null, event.end().plusDays(1))).isFalse();
    }

    @Test
    void departuresOnOrBeforeTheLastDayWithOthersUnplannedServeUpToTheLastDay() {
        Event event = TestEvents.withPeople();

        assertThat(event.lastServiceDay()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(event.serves("guizhou", LocalDate.of(2026, 11, 27))).isFalse();
    }

    @Test
    void aDepartureAfterTheLastDayServesTheDayAfterForThatTeamAndThoseWithNoPlan() {
        Event event = withDeparture("hunan", "2026-11-27");

        assertThat(event.lastServiceDay()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(event.serves("hunan", LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(event.serves("guizhou", LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(event.serves("hunan", LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void aDepartureOnTheLastDayItselfAddsNoDay() {
        Event event = withDeparture("guizhou", "2026-11-26");

        assertThat(event.lastServiceDay()).isEqualTo(event.end());
        assertThat(event.serves(LocalDate.of(2026, 11, 27))).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Event withDeparture(String delegation, String date) {
        Map<String, Object> tree = TestEvents.tree("/events/event-with-people.yml");
        for (Object d : (List<Object>) tree.get("delegations")) {
            Map<String, Object> m = (Map<String, Object>) d;
            if (delegation.equals(m.get("id")))
                m.put("departure", Map.of("date", LocalDate.parse(date), "time", "09:00", "transport", "K1158"));
        }
        EventReading reading = EventReader.read("test", tree);
        if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
        return ((EventReading.Valid) reading).event();
    }
}

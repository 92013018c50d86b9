package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.PartOfDay;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/**
 * A movement with a day and a part of the day but no clock time ("有8个人下午先走") changes the meals
 * of that day the part rules out. Hunan (35 people) is there 11-20 to 11-26; breakfast
 * 07:00–09:00, lunch 11:30–13:30, dinner 17:30–19:30.
 */
class UntimedPartOfDayTest {
    private final Event event = TestEvents.withPeople();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final MealBoards boards = new MealBoards(event, ledger);

    private void say(Record record) {
        recorder.apply(Sources.at("2026-11-22T08:00", "li"), List.of(record));
    }

    private int hunan(int day, String meal) {
        return boards.count(LocalDate.of(2026, 11, day), event.meal(meal).orElseThrow(), "hunan")
                .diners();
    }

    private static Departure leave(PartOfDay part) {
        return new Departure("hunan", LocalDate.of(2026, 11, 23), null, 8, null, part);
    }

    @Test
    void theDaysBoardListsAMovementByItsPartOfTheDay() {
        recorder.apply(
                Sources.at("2026-11-22T08:00", "li"),
                List.of(new Departure("guizhou", LocalDate.of(2026, 11, 23), java.time.LocalTime.of(22, 0), 10, null)));
        say(leave(PartOfDay.NOON));
        recorder.apply(
                Sources.at("2026-11-22T08:05", "li"),
                List.of(new Departure("hunan", LocalDate.of(2026, 11, 23), java.time.LocalTime.of(9, 30), 3, null)));

        var lines = new org.receptionbot.summary.MovementBoards(event, ledger)
                .board(LocalDate.of(2026, 11, 23)).lines().stream()
                        .filter(l -> l.delegation().id().equals("hunan")
                                || l.delegation().id().equals("guizhou"))
                        .map(l -> l.delegation().id() + " " + l.when())
                        .toList();

        assertThat(lines).as(lines.toString()).containsSubsequence("hunan 09:30", "hunan 中午", "guizhou 22:00");
    }

    @Test
    void leavingInTheAfternoonLowersDinnerNotLunch() {
        say(leave(PartOfDay.AFTERNOON));

        assertThat(hunan(23, "BREAKFAST")).isEqualTo(35);
        assertThat(hunan(23, "LUNCH")).isEqualTo(35);
        assertThat(hunan(23, "DINNER")).isEqualTo(27);
        assertThat(hunan(24, "BREAKFAST")).isEqualTo(27);
    }

    @Test
    void leavingInTheMorningLowersLunchAndDinner() {
        say(leave(PartOfDay.MORNING));

        assertThat(hunan(23, "BREAKFAST")).isEqualTo(35);
        assertThat(hunan(23, "LUNCH")).isEqualTo(27);
        assertThat(hunan(23, "DINNER")).isEqualTo(27);
    }

    @Test
    void leavingAtNoonKeepsLunchAndLowersDinner() {
        say(leave(PartOfDay.NOON));

        assertThat(hunan(23, "LUNCH")).isEqualTo(35);
        assertThat(hunan(23, "DINNER")).isEqualTo(27);
    }

    @Test
    void leavingInTheEveningLowersNothingThatDay() {
        say(leave(PartOfDay.EVENING));

        assertThat(hunan(23, "DINNER")).isEqualTo(35);
        assertThat(hunan(24, "BREAKFAST")).isEqualTo(27);
    }

    @Test
    void leavingWithNoPartOfTheDayStillCountsTheWholeDay() {
        say(leave(null));

        assertThat(hunan(23, "DINNER")).isEqualTo(35);
        assertThat(hunan(24, "BREAKFAST")).isEqualTo(27);
    }

    @Test
    void comingInTheAfternoonCountsFromDinner() {
        say(new Arrival("hunan", LocalDate.of(2026, 11, 23), null, 5, null, PartOfDay.AFTERNOON));

        assertThat(hunan(23, "LUNCH")).isEqualTo(30);
        assertThat(hunan(23, "DINNER")).isEqualTo(35);
    }

    @Test
    void comingInTheEveningCountsDinnerNotLunch() {
        say(new Arrival("hunan", LocalDate.of(2026, 11, 23), null, 5, null, PartOfDay.EVENING));

        assertThat(hunan(23, "LUNCH")).isEqualTo(30);
        assertThat(hunan(23, "DINNER")).isEqualTo(35);
    }
}

package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/**
 * Part of a delegation arriving or leaving changes the meals by its count. Hunan (35 people) is
 * planned from 11-20 15:00 to 11-26 09:00; breakfast 07:00–09:00, lunch 11:30–13:30, dinner
 * 17:30–19:30.
 */
class PartialMovementsTest {
    private final Event event = TestEvents.withPeople();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final MealBoards boards = new MealBoards(event, ledger);

    private void say(Record... records) {
        recorder.apply(Sources.at("2026-11-21T09:00", "li"), List.of(records));
    }

    private DinerCount hunan(int day, String meal) {
        return boards.count(LocalDate.of(2026, 11, day), event.meal(meal).orElseThrow(), "hunan");
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void severalPartialDeparturesThenTheRestLeaveInTurn() {
        say(new Departure("hunan", nov(23), LocalTime.of(6, 0), 10, null));
        say(new Departure("hunan", nov(24), LocalTime.of(14, 0), 5, null));
        say(new Departure("hunan", nov(25), null, null, null));

        assertThat(hunan(22, "DINNER").diners()).isEqualTo(35);
        assertThat(hunan(23, "BREAKFAST").diners()).isEqualTo(25);
        assertThat(hunan(24, "LUNCH").diners()).isEqualTo(25);
        assertThat(hunan(24, "DINNER").diners()).isEqualTo(20);
        assertThat(hunan(25, "DINNER").diners()).isEqualTo(20);
        assertThat(hunan(26, "BREAKFAST")).isEqualTo(new DinerCount(0, false, false, 0, DinerCount.Stay.LEFT));
    }

    @Test
    void anAbsoluteCountAfterAPartialDepartureWinsAndAsPlannedIsThePeopleStillThere() {
        say(new Departure("hunan", nov(23), LocalTime.of(6, 0), 10, null));
        say(new MealCount("hunan", nov(23), "LUNCH", 28), new MealCount("hunan", nov(23), "DINNER", null));

        assertThat(hunan(23, "LUNCH").diners()).isEqualTo(28);
        assertThat(hunan(23, "DINNER").diners()).isEqualTo(25);
    }

    @Test
    void theLeaversCancelledMealTakesThemAwayOnceWhenTheyAreGoneAsItBegins() {
        say(
                new Departure("hunan", nov(23), LocalTime.of(7, 0), 6, null),
                new MealCancel("hunan", nov(23), "BREAKFAST", 6));

        assertThat(hunan(23, "BREAKFAST").diners()).isEqualTo(29);
        assertThat(hunan(23, "LUNCH").diners()).isEqualTo(29);
    }

    @Test
    void theLeaversCancelledMealIsAReportOfItAndIsNotChased() {
        say(
                new Departure("hunan", nov(23), LocalTime.of(7, 0), 6, null),
                new MealCancel("hunan", nov(23), "BREAKFAST", 6));
        Meal breakfast = event.meal("BREAKFAST").orElseThrow();

        assertThat(hunan(23, "BREAKFAST").reported()).isTrue();
        assertThat(boards.board(nov(23), breakfast, Sources.instant("2026-11-22T20:00"))
                        .notReported())
                .extracting(d -> d.id())
                .doesNotContain("hunan");
        assertThat(boards.notReported(nov(23), breakfast))
                .extracting(d -> d.id())
                .doesNotContain("hunan");
    }

    @Test
    void theLeaversCancelledMealCountsWhenTheyLeaveDuringIt() {
        say(
                new Departure("hunan", nov(23), LocalTime.of(8, 10), 3, null),
                new MealCancel("hunan", nov(23), "BREAKFAST", 3));

        assertThat(hunan(23, "BREAKFAST").diners()).isEqualTo(32);
        assertThat(hunan(23, "LUNCH").diners()).isEqualTo(32);
    }

    @Test
    void departuresOfMorePeopleThanThereAreNeverGoBelowZeroAndTheDelegationHasLeft() {
        say(new Departure("hunan", nov(23), LocalTime.of(6, 0), 20, null));
        say(new Departure("hunan", nov(23), LocalTime.of(10, 0), 20, null));
        say(new MealCancel("hunan", nov(23), "DINNER", 5));

        DinerCount dinner = hunan(23, "DINNER");
        assertThat(dinner.diners()).isZero();
        assertThat(dinner.left()).isTrue();
        assertThat(dinner.clipped()).isFalse();
    }

    @Test
    void peopleArrivingBeforeTheDelegationCountFromTheirTimeAndTheWholeArrivalBringsTheRest() {
        recorder.apply(
                Sources.at("2026-11-19T09:00", "li"),
                List.of(new Arrival("hunan", nov(20), LocalTime.of(10, 0), 10, null)));

        assertThat(hunan(20, "BREAKFAST").stay()).isEqualTo(DinerCount.Stay.NOT_ARRIVED);
        assertThat(hunan(20, "LUNCH").diners()).isEqualTo(10);
        assertThat(hunan(20, "DINNER").diners()).isEqualTo(35);
    }

    @Test
    void peopleArrivingAfterTheDelegationAreMissingUntilTheyCome() {
        say(new Arrival("hunan", nov(22), LocalTime.of(16, 0), 5, null));

        assertThat(hunan(21, "LUNCH").diners()).isEqualTo(30);
        assertThat(hunan(22, "LUNCH").diners()).isEqualTo(30);
        assertThat(hunan(22, "DINNER").diners()).isEqualTo(35);
    }

    @Test
    void aLatePartArrivalChangesOnlyTheMealsBetweenItsReportAndItsArrival() {
        recorder.apply(
                Sources.at("2026-11-23T10:00", "li"),
                List.of(new Arrival("hunan", nov(23), LocalTime.of(15, 0), 5, null)));

        assertThat(hunan(22, "LUNCH").diners()).isEqualTo(35);
        assertThat(hunan(23, "BREAKFAST").diners()).isEqualTo(35);
        assertThat(hunan(23, "LUNCH").diners()).isEqualTo(30);
        assertThat(hunan(23, "DINNER").diners()).isEqualTo(35);
    }

    @Test
    void aDepartureReportedAfterTheFactLeavesTheMealsAlreadyServed() {
        recorder.apply(
                Sources.at("2026-11-23T14:00", "li"),
                List.of(new Departure("hunan", nov(23), LocalTime.of(6, 0), 10, null)));

        assertThat(hunan(23, "LUNCH").diners()).isEqualTo(35);
        assertThat(hunan(23, "DINNER").diners()).isEqualTo(25);
    }
}
